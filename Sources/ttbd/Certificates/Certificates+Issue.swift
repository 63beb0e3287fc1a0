import ArgumentParser
import TrainingStore

extension TTBD.Certificates {
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue certificates to the delegates of a class who complete it, once per delegate.",
            discussion: """
                The program's rule decides (share of held sessions attended, required modules). Those who complete \
                get a numbered certificate (GCN-<year>-<serial>) and their enrollment is completed; those who do \
                not are listed with why. Running it again issues nothing new.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var classCode: String

        @Flag(help: "Say who would get a certificate, and write nothing.")
        var dryRun = false

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let (classCode, dryRun) = (classCode, dryRun)
            let issue = try await database.withOperations {
                try await $0.issueCertificates(classCode: classCode, dryRun: dryRun)
            }
            switch format {
            case .json: try OutputFormat.printJSON(issue)
            case .text: print(Self.summary(of: issue))
            }
        }

        static func summary(of issue: CertificateIssue) -> String {
            var lines: [String] = []
            let verb = issue.dryRun ? "Would issue" : "Issued"
            let already = issue.alreadyIssued > 0 ? " (\(issue.alreadyIssued) already had one)" : ""
            let noun = issue.issued.count == 1 ? "certificate" : "certificates"
            lines.append("\(verb) \(issue.issued.count) new \(noun) for class \(issue.classCode)\(already).")
            for certified in issue.issued {
                lines.append("  \(certified.number ?? "—")  \(certified.delegateCode)  \(certified.fullName)")
            }
            if !issue.notCompleting.isEmpty {
                lines.append("Not completing (\(issue.notCompleting.count)):")
                for shortfall in issue.notCompleting {
                    lines.append("  \(shortfall.delegateCode)  \(shortfall.fullName): \(shortfall.reason)")
                }
            }
            if issue.dryRun { lines.append("Dry run: nothing was written.") }
            return lines.joined(separator: "\n")
        }
    }
}
