import ArgumentParser
import TrainingModel
import TrainingStore

extension CompletionGrouping: ExpressibleByArgument {}

extension TTBD.Report {
    struct Completion: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "completion",
            abstract: "Seated enrollments, completed, and the completion rate, by province, body or first-time.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only this program's classes, e.g. CT-B.")
        var program: String?

        @Option(help: "Only programs of this term, e.g. 2026-2031.")
        var term: String?

        @Option(help: "What to group the enrollments by.")
        var by: CompletionGrouping

        @OptionGroup var output: ListOutput

        func run() async throws {
            let report = try await database.withDatabase {
                try await $0.reports.completion(by: by, program: program, term: term)
            }
            try output.print(
                report, lines: report.groups, total: report.total, columns: Self.columns(by: by),
                title: "Tỷ lệ hoàn thành",
                noun: "group")
        }

        /// The key column is for scripts when it says no more than the label (`true` beside "trúng cử lần đầu");
        /// the label's heading names what the lines are.
        static func columns(by grouping: CompletionGrouping) -> [ListColumn<CompletionReport.Line>] {
            let heading =
                switch grouping {
                case .province: "Tỉnh, thành phố"
                case .body: "Cơ quan dân cử"
                case .firstTime: "Đại biểu"
                }
            return [
                ListColumn("Mã", csv: "key", { grouping == .firstTime ? "" : $0.key.peopleKey }, csvCell: { $0.key }),
                ListColumn(heading, csv: "label") { $0.label },
            ] + counts
        }

        static let counts: [ListColumn<CompletionReport.Line>] = [
            ListColumn("Ghi danh", csv: "seated", as: .number) { String($0.seated) },
            ListColumn("Hoàn thành", csv: "completed", as: .number) { String($0.completed) },
            ListColumn("Tỷ lệ", csv: "completion_rate", as: .percent, { $0.completionRate.missingShareText }) {
                $0.completionRate.fractionText
            },
        ]
    }
}
