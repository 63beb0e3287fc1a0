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
            abstract: inLanguage(
                en: "Enroll delegates in a class: a seat while there is one, the wait list after.",
                vi: "Ghi danh đại biểu vào một lớp: còn chỗ thì nhận chỗ, hết chỗ thì vào danh sách chờ."),
            discussion: inLanguage(
                en: """
                    Named delegates (arguments or --from-file) are enrolled all or nothing: if any code is unknown or \
                    any delegate is not eligible, every refusal is listed with its reason and nothing is written \
                    (exit 65). --where enrolls everyone who matches and is eligible, and counts the others by reason. \
                    Eligible: the program's and the class's audience, the prerequisites the class does not teach \
                    completed, not enrolled or wait-listed in another class of the program, not trained in it yet. \
                    --move-from takes named delegates out of another class first (a wait-listed delegate taking a \
                    free seat here): all move or none does.
                    """,
                vi: """
                    Đại biểu nêu tên (tham số hoặc --from-file) được ghi danh tất cả hoặc không ai: nếu có mã không \
                    tồn tại hay đại biểu không đủ điều kiện, mọi trường hợp bị từ chối được liệt kê kèm lý do và \
                    không ghi gì (mã thoát 65). --where ghi danh mọi người khớp điều kiện và đủ điều kiện, và đếm \
                    những người còn lại theo lý do. Đủ điều kiện: thuộc đối tượng của chương trình và của lớp, đã \
                    hoàn thành các chuyên đề phải học trước mà lớp không dạy, chưa ghi danh hay chờ ở lớp khác của \
                    chương trình, chưa được bồi dưỡng chương trình này. --move-from chuyển đại biểu nêu tên từ một \
                    lớp khác sang trước (một đại biểu đang chờ nhận chỗ trống ở đây): tất cả cùng chuyển hoặc không \
                    ai chuyển.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @OptionGroup var delegates: DelegateSelection

        @Option(
            help: .inLanguage(
                en: "Move the named delegates from this class: withdrawn there, enrolled here, in one transaction.",
                vi: "Chuyển các đại biểu nêu tên từ lớp này sang: rút tên ở đó, ghi danh ở đây, trong một giao dịch.",
                valueName: "class"))
        var moveFrom: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if moveFrom != nil && delegates.criteria != nil {
                throw ValidationError(localized("--move-from moves named delegates; it cannot be used with --where"))
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
