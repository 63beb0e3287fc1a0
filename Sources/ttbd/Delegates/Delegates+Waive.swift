import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension WaivedRule: ExpressibleByArgument {}

extension TTBD.Delegates {
    struct Waive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "waive",
            abstract: "Set a program's audience or prerequisites aside for one delegate, with the reason.",
            discussion: """
                For the catalog's "hoặc ≥ 1 năm làm đại biểu" beside a prerequisite, or a re-elected leader \
                admitted to a program meant for others. The other rules still hold; the waiver is audited and \
                shown in `ttbd delegates history`.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The delegate's code.")
        var code: String

        @Option(help: "The program whose rule is set aside, e.g. CT-C.")
        var program: String

        @Option(help: "audience or prerequisites.")
        var rule: WaivedRule

        @Option(help: "Why, in words the audit trail keeps (required).")
        var reason: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--reason must say why the rule is set aside")
            }
        }

        func run() async throws {
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let waiver = try await database.withOperations { [code, program, rule] in
                try await $0.waive(rule, program: program, delegateCode: code, reason: reason)
            }
            switch format {
            case .json: try OutputFormat.printJSON(waiver)
            case .text:
                print(
                    "\(waiver.delegateCode) \(waiver.fullName): the \(waiver.rule.rawValue) of \(waiver.program) set aside (\(waiver.reason)), by \(waiver.grantedBy)."
                )
            }
        }
    }
}
