import ArgumentParser

extension TTBD {
    /// `ttbd certificates …`: giấy chứng nhận for the delegates who complete a class.
    struct Certificates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificates",
            abstract: "Issue, verify and list certificates.",
            subcommands: [Issue.self, Verify.self, List.self, Revoke.self, Print.self]
        )
    }
}
