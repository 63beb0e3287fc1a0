import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD {
    /// `ttbd enroll`: ghi danh delegates in a class.
    struct Enroll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enroll",
            abstract: "Enroll delegates in a class: a seat while there is one, the wait list after.",
            discussion: """
                Named delegates (arguments or --from-file) are enrolled all or nothing: if any code is unknown or \
                any delegate is not eligible, every refusal is listed with its reason and nothing is written \
                (exit 65). --where enrolls everyone who matches and is eligible, and counts the others by reason. \
                Eligible: the program's and the class's audience, the prerequisites the class does not teach \
                completed, not enrolled or wait-listed in another class of the program, not trained in it yet.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var classCode: String

        @Argument(help: "Delegate codes.")
        var codes: [String] = []

        @Option(help: ArgumentHelp("A CSV with a delegate code column (code or Mã đại biểu).", valueName: "roster.csv"))
        var fromFile: String?

        @Option(
            name: .customLong("where"),
            help: ArgumentHelp(
                "Everyone who matches: province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time.",
                valueName: "province=01,first-time"))
        var criteria: String?

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        func validate() throws {
            let named = !codes.isEmpty || fromFile != nil
            guard named != (criteria != nil) else {
                throw ValidationError("name delegates (codes or --from-file) or give --where, not both")
            }
            _ = try parsedCriteria()
        }

        private func parsedCriteria() throws -> DelegateCriteria? {
            guard let criteria else { return nil }
            do {
                return try DelegateCriteria(parsing: criteria)
            } catch {
                throw ValidationError("--where: \(error)")
            }
        }

        func run() async throws {
            if let criteria = try parsedCriteria() {
                let report = try await database.withOperations {
                    try await $0.enroll(classCode: classCode, matching: criteria)
                }
                if format == .json { return try OutputFormat.printJSON(report) }
                try format.print(report.outcomes, columns: Self.columns, noun: "delegate")
                if format == .table { print(Self.refusalLine(report)) }
            } else {
                let roster = try fromFile.map {
                    (contents: try InputFile.contents(of: $0, expected: "a roster CSV"), file: $0)
                }
                let outcomes = try await database.withOperations {
                    try await $0.enroll(classCode: classCode, delegateCodes: codes, roster: roster)
                }
                try format.print(outcomes, columns: Self.columns, noun: "delegate")
            }
        }

        static let columns: [ListColumn<EnrollmentOutcome>] = [
            ListColumn("Mã", csv: "code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName ?? "" },
            ListColumn("Kết quả", csv: "outcome") { $0.summary },
        ]

        /// `Not enrolled: 3 trained, 1 audience.`, or that none was refused.
        static func refusalLine(_ report: EnrollmentReport) -> String {
            let counts = report.refusedByReason
            guard !counts.isEmpty else { return "Not enrolled: none." }
            let parts = EnrollmentRefusal.Reason.allCases.compactMap { reason in
                counts[reason].map { "\($0) \(reason.rawValue.replacingOccurrences(of: "_", with: " "))" }
            }
            return "Not enrolled: \(parts.joined(separator: ", "))."
        }
    }
}
