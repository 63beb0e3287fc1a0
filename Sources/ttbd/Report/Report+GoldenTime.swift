import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Report {
    struct GoldenTime: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "golden-time",
            abstract: "The golden-time tracker: a term's first-time delegates by province and their induction.",
            discussion: """
                Each first-time delegate of the term is counted once: without an induction program (no program \
                of the term is for first-time delegates like them), not enrolled, enrolled or wait-listed, or \
                trained. Their induction program is the term's program whose audience names first-time \
                delegates of their kind (CT-A for deputies, CT-B for council delegates), or --program. Days \
                left count to the term's induction deadline.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The term, e.g. 2026-2031.")
        var term: String

        @Option(help: "The induction program for every delegate, e.g. CT-B (default: each delegate's own).")
        var program: String?

        @Option(help: "The day to count from, YYYY-MM-DD (default: today in Vietnam).")
        var today: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            _ = try CalendarDate.argument(today, "--today")
        }

        func run() async throws {
            let day = today.flatMap(CalendarDate.init(parsing:)) ?? CalendarDate.inVietnam(at: Date())
            let report = try await database.withDatabase {
                try await $0.reports.goldenTime(term: term, program: program, today: day)
            }
            if output.format == .table {
                let deadline: Message =
                    report.inductionEndsOn.map {
                        "induction deadline \(day: $0), \(number: report.daysLeft!) days left"
                    }
                    ?? "no induction deadline"
                print(localized("Term \(report.term), \(day: report.today): \(deadline)"))
            }
            try output.print(
                report, lines: report.provinces, total: report.total, columns: Self.columns(daysLeft: report.daysLeft),
                title: "Tiến độ bồi dưỡng đại biểu lần đầu, nhiệm kỳ \(report.term)", noun: "province")
        }

        static func columns(daysLeft: Int?) -> [ListColumn<GoldenTimeReport.Line>] {
            [
                ListColumn("Mã", csv: "province_code", { $0.provinceCode.peopleKey }, csvCell: { $0.provinceCode }),
                ListColumn("Tỉnh", csv: "province_name") { $0.provinceName },
                ListColumn("Lần đầu", csv: "first_time_delegates", as: .number) { String($0.firstTimeDelegates) },
                ListColumn("Không có chương trình", csv: "without_program", as: .number) { String($0.withoutProgram) },
                ListColumn("Chưa ghi danh", csv: "not_enrolled", as: .number) { String($0.notEnrolled) },
                ListColumn("Danh sách chờ", csv: "waitlisted", as: .number) { String($0.waitlisted) },
                ListColumn("Đang học", csv: "in_progress", as: .number) { String($0.inProgress) },
                ListColumn("Đã bồi dưỡng", csv: "trained", as: .number) { String($0.trained) },
                ListColumn("Còn (ngày)", csv: "days_left", as: .number) { _ in daysLeft.map(String.init) ?? "" },
            ]
        }
    }
}
