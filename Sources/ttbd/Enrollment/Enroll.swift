import ArgumentParser
import Foundation
import Spreadsheets
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
                completed, not enrolled or wait-listed in another class of the program, not trained in it yet. \
                --move-from takes named delegates out of another class first (a wait-listed delegate taking a \
                free seat here): all move or none does.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var classCode: String

        @OptionGroup var delegates: DelegateSelection

        @Option(
            help: ArgumentHelp(
                "Move the named delegates from this class: withdrawn there, enrolled here, in one transaction.",
                valueName: "class"))
        var moveFrom: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if moveFrom != nil && delegates.criteria != nil {
                throw ValidationError("--move-from moves named delegates; it cannot be used with --where")
            }
        }

        func run() async throws {
            if let criteria = try delegates.parsedCriteria() {
                let report = try await database.withOperations {
                    try await $0.enroll(classCode: classCode, matching: criteria)
                }
                if output.format == .json { return try output.writer.write(OutputFormat.json(report) + "\n") }
                try output.print(report.outcomes, columns: Self.columns, title: "Kết quả ghi danh", noun: "delegate")
                if output.format == .table { print(localized(Self.refusalLine(report))) }
            } else {
                let outcomes = try await delegates.readingRoster { roster in
                    try await database.withOperations { [classCode, delegates, moveFrom] in
                        try await $0.enroll(
                            classCode: classCode, delegateCodes: delegates.codes, roster: roster, movingFrom: moveFrom)
                    }
                }
                try output.print(outcomes, columns: Self.columns, title: "Kết quả ghi danh", noun: "delegate")
            }
        }

        static let columns: [ListColumn<EnrollmentOutcome>] = [
            ListColumn("Mã", csv: "code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName ?? "" },
            ListColumn("Kết quả", csv: "outcome", { localized($0.summaryWording) }, csvCell: { $0.summary }),
        ]

        /// Who matched but was not enrolled, by reason, naming the first few of each so staff can act on them:
        /// `Not enrolled: 1 outside the program's audience (0104 Trần Thị Mai).`, or that none was refused.
        static func refusalLine(_ report: EnrollmentReport) -> Message {
            let byReason = report.refusalsByReason
            guard !byReason.isEmpty else { return "Not enrolled: none." }
            let parts = EnrollmentRefusal.Reason.allCases.compactMap { reason -> Message? in
                guard let refused = byReason[reason] else { return nil }
                let named = refused.prefix(5).map {
                    [$0.delegateCode, $0.fullName].compactMap { $0 }.joined(separator: " ")
                }
                let more: Message =
                    refused.count > named.count ? ", and \(number: refused.count - named.count) more" : ""
                return "\(number: refused.count) \(words(reason)) (\(named.joined(separator: ", "))\(more))"
            }
            return "Not enrolled: \(Message.joined(parts, separator: "; "))."
        }

        static func words(_ reason: EnrollmentRefusal.Reason) -> Message {
            switch reason {
            case .unknownDelegate: "unknown"
            case .audience: "outside the program's audience"
            case .prerequisites: "lacking its prerequisites"
            case .activeInProgram: "already in another class of the program"
            case .trained: "already trained in the program"
            case .alreadyInClass: "already in this class"
            }
        }
    }
}
