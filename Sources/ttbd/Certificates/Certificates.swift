import ArgumentParser

extension TTBD {
    /// `ttbd certificates …`: giấy chứng nhận for the delegates who complete a class.
    struct Certificates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificates",
            abstract: inLanguage(
                en: "Issue, verify, list, revoke and print certificates.",
                vi: "Cấp, kiểm tra, liệt kê, thu hồi và in giấy chứng nhận."),
            subcommands: [Issue.self, Verify.self, List.self, Revoke.self, Print.self]
        )
    }
}
