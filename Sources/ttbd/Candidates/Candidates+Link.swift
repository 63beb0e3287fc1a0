import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Candidates {
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: inLanguage(
                en: "Link an elected candidate to their delegate record, moving their training to it.",
                vi:
                    "Liên kết người ứng cử đã trúng cử với hồ sơ đại biểu của họ, chuyển quá trình bồi dưỡng sang hồ sơ đó."
            ),
            discussion: inLanguage(
                en: """
                    Their enrollments, the attendance of the classes they still hold, and their certificates move to \
                    the delegate, in one transaction, audited and shown in ttbd delegates history. Refused (exit 65) \
                    when the national ids differ or one is missing, unless --force; when the candidate is already \
                    linked; and when both records are in one class. --by-national-id lists the unlinked candidates \
                    whose national id a delegate has, and links nothing.
                    """,
                vi: """
                    Các lượt ghi danh, điểm danh của những lớp người đó vẫn còn chỗ, và giấy chứng nhận được chuyển \
                    sang hồ sơ đại biểu trong một giao dịch, có ghi nhật ký và hiện trong ttbd delegates history. Bị \
                    từ chối (mã thoát 65) khi số CCCD khác nhau hoặc thiếu, trừ khi có --force; khi người ứng cử đã \
                    được liên kết; và khi cả hai hồ sơ cùng ở một lớp. --by-national-id liệt kê những người ứng cử \
                    chưa liên kết có số CCCD trùng với một đại biểu, và không liên kết ai.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The candidate's code.", vi: "Mã người ứng cử."))
        var candidate: String?

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var delegate: String?

        @Flag(
            help: .inLanguage(
                en: "Link even though the national ids differ or one is missing.",
                vi: "Vẫn liên kết dù số CCCD khác nhau hoặc thiếu."))
        var force = false

        @Flag(
            help: .inLanguage(
                en: "List the unlinked candidates whose national id a delegate has, instead of linking.",
                vi: "Liệt kê những người ứng cử chưa liên kết có số CCCD trùng với một đại biểu, thay vì liên kết."))
        var byNationalID = false

        @OptionGroup var output: ListOutput

        func validate() throws {
            if byNationalID {
                guard candidate == nil, delegate == nil, !force else {
                    throw ValidationError(localized("--by-national-id takes no codes and no --force"))
                }
            } else if candidate == nil || delegate == nil {
                throw ValidationError(localized("expected a candidate's code and a delegate's code"))
            }
        }

        func run() async throws {
            guard let candidate, let delegate else {
                let matches = try await database.withDatabase { try await $0.delegates.candidateMatches() }
                try output.print(
                    matches, columns: Self.matchColumns, title: "Người ứng cử đã trúng cử", noun: "match",
                    plural: "matches")
                return
            }
            let link = try await database.withOperations { [force] in
                try await $0.linkCandidate(candidate, toDelegate: delegate, force: force)
            }
            if output.format == .json { return try OutputFormat.printJSON(link) }
            print(
                localized(
                    """
                    Linked candidate \(link.candidateCode) to delegate \(link.delegateCode) \(link.delegateName): moved \
                    \(number: link.enrollments) enrollments, \(number: link.attendanceMarks) attendance marks, \
                    \(number: link.certificates) certificates and \(number: link.waivers) waivers.
                    """))
            if link.accountMoved {
                print(localized("Their account and its tokens now read delegate \(link.delegateCode)'s record."))
            }
        }

        static let matchColumns: [ListColumn<CandidateMatch>] = [
            ListColumn("Người ứng cử", csv: "candidate_code") { $0.candidateCode },
            ListColumn("Họ và tên", csv: "candidate_name") { $0.candidateName },
            ListColumn("Đại biểu", csv: "delegate_code") { $0.delegateCode },
            ListColumn("Họ tên đại biểu", csv: "delegate_name") { $0.delegateName },
            ListColumn("Số CCCD", csv: "national_id", as: .identifier) { $0.nationalID },
        ]
    }
}
