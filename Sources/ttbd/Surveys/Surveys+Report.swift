import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension SurveyGrouping: ExpressibleByArgument {}

extension TTBD.Surveys {
    /// `ttbd surveys report SURVEY`: response rate, and per question the mean, the distribution and the free text,
    /// group by group, from the closed rounds; a group too small shows none of its answers.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: inLanguage(
                en: "A survey's results by module, lecturer, class or province, from its closed rounds.",
                vi: "Kết quả một phiếu khảo sát theo chuyên đề, giảng viên, lớp hoặc tỉnh, từ các đợt đã đóng."),
            discussion: inLanguage(
                en: """
                    Answers are anonymous: a group with fewer answers than --min-group shows none of them (nor its \
                    free text), and nor does the smallest group beside it when that alone would let the whole minus \
                    the others reveal it. Rounds still open are left out: their answers can still change.
                    """,
                vi: """
                    Câu trả lời được ẩn danh: nhóm có ít câu trả lời hơn --min-group không hiển thị câu trả lời nào \
                    (kể cả ý kiến tự do), và nhóm nhỏ nhất bên cạnh cũng bị ẩn khi chỉ cần lấy tổng trừ các nhóm \
                    còn lại là suy ra được nhóm kia. Các đợt còn đang mở không được tính vì câu trả lời còn có thể \
                    thay đổi.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The survey's code, e.g. DG-LOP.", vi: "Mã phiếu khảo sát, ví dụ DG-LOP."))
        var survey: String

        @Option(
            help: .inLanguage(
                en: "Group by all, module, lecturer, class or province.",
                vi:
                    "Nhóm theo all (toàn bộ), module (chuyên đề), lecturer (giảng viên), class (lớp) hoặc province (tỉnh)."
            ))
        var by: SurveyGrouping = .all

        @OptionGroup var minimum: MinimumGroupOption

        @OptionGroup var output: ListOutput

        func run() async throws {
            let report = try await database.withDatabase { database in
                let survey = try await database.surveys.survey(code: survey)
                let evidence = try await database.surveys.evidence(
                    survey: survey, grouping: by, minimumGroup: minimum.minimumGroup, at: Date())
                return SurveyReport(
                    survey: survey, grouping: by, minimumGroup: minimum.minimumGroup, evidence: evidence)
            }
            try output.print(
                report, lines: report.lines(in: TTBD.language), total: report.totalLine(in: TTBD.language),
                columns: SurveyReport.Line.columns,
                title: "Kết quả khảo sát \(report.surveyCode)", noun: "line")
        }
    }
}
