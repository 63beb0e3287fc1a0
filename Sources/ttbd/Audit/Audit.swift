import ArgumentParser

extension TTBD {
    /// `ttbd audit …`: the append-only trail of who changed what.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract:
                "Read the audit trail: who changed which delegate, class, enrollment, session, resource or catalog entry.",
            subcommands: [List.self]
        )
    }
}
