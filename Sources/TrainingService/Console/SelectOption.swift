/// One `<option>` of a filter's `<select>`: the value the form sends, the words a person reads, and whether the
/// page was asked for it.
struct SelectOption: Sendable {
    let value: String
    let label: String
    let selected: Bool
}
