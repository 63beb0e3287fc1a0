/// The page a change made from the console answers with: what happened, line by line, a link back, and for a
/// dry run the form that makes the change for real.
struct OutcomePage: ConsoleView {
    struct Confirm: Sendable {
        let action: String
        let label: String
    }

    let frame: ConsoleFrame
    let lead: String
    let lines: [String]
    let confirm: Confirm?
    let backHref: String
    let backLabel: String
}
