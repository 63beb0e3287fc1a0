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
                report, lines: report.groups, total: report.total, columns: CompletionReport.columns(by: by),
                title: "Tỷ lệ hoàn thành",
                noun: "group")
        }
    }
}
