import ArgumentParser
import TrainingModel
import TrainingStore

extension CompletionGrouping: ExpressibleByArgument {}

extension TTBD.Report {
    struct Completion: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "completion",
            abstract: inLanguage(
                en: "Seated enrollments, completed, and the completion rate, by province, body or first-time.",
                vi: """
                    Số lượt ghi danh có chỗ, số đã hoàn thành và tỷ lệ hoàn thành, chia theo tỉnh, cơ quan dân cử \
                    hoặc đại biểu lần đầu tham gia.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(
                en: "Only this program's classes, e.g. CT-B.", vi: "Chỉ tính các lớp của chương trình này, ví dụ CT-B.")
        )
        var program: String?

        @Option(
            help: .inLanguage(
                en: "Only programs of this term, e.g. 2026-2031.",
                vi: "Chỉ tính các chương trình của nhiệm kỳ này, ví dụ 2026-2031."))
        var term: String?

        @Option(
            help: .inLanguage(en: "What to group the enrollments by.", vi: "Tiêu chí phân loại các lượt ghi danh."))
        var by: CompletionGrouping

        @OptionGroup var output: ListOutput

        func run() async throws {
            let report = try await database.withDatabase {
                try await $0.reports.completion(by: by, program: program, term: term)
            }
            try output.print(
                report, lines: report.groups, total: report.total, columns: CompletionReport.columns(by: by),
                title: "Tỷ lệ hoàn thành",
                noun: "group")
        }
    }
}
