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
            abstract: inLanguage(
                en: "The golden-time tracker: a term's first-time delegates by province and their induction.",
                vi: """
                    Theo dõi thời gian vàng: đại biểu lần đầu tham gia của một nhiệm kỳ theo từng tỉnh và tiến độ \
                    bồi dưỡng lần đầu của họ.
                    """),
            discussion: inLanguage(
                en: """
                    Each first-time delegate of the term is counted once: without an induction program (no program \
                    of the term is for first-time delegates like them), not enrolled, enrolled or wait-listed, or \
                    trained. Their induction program is the term's program whose audience names first-time \
                    delegates of their kind (CT-A for deputies, CT-B for council delegates), or --program. Days \
                    left count to the term's induction deadline.
                    """,
                vi: """
                    Mỗi đại biểu lần đầu tham gia của nhiệm kỳ được tính một lần, ở một trong các tình trạng: không \
                    có chương trình bồi dưỡng lần đầu (không chương trình nào của nhiệm kỳ dành cho đại biểu lần đầu \
                    tham gia cùng loại với họ), chưa ghi danh, đã ghi danh hoặc đang trong danh sách chờ, hoặc đã \
                    được bồi dưỡng. Chương trình bồi dưỡng lần đầu của đại biểu là chương trình của nhiệm kỳ có đối \
                    tượng là đại biểu lần đầu tham gia cùng loại với họ (CT-A cho đại biểu Quốc hội, CT-B cho đại \
                    biểu HĐND), hoặc chương trình nêu ở --program. Số ngày còn lại được tính đến hạn bồi dưỡng lần \
                    đầu của nhiệm kỳ.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The term, e.g. 2026-2031.", vi: "Nhiệm kỳ, ví dụ 2026-2031."))
        var term: String

        @Option(
            help: .inLanguage(
                en: "The induction program for every delegate, e.g. CT-B (default: each delegate's own).",
                vi: """
                    Chương trình bồi dưỡng lần đầu áp dụng cho mọi đại biểu, ví dụ CT-B (mặc định: chương trình \
                    riêng của từng đại biểu).
                    """))
        var program: String?

        @Option(
            help: .inLanguage(
                en: "The day to count from, YYYY-MM-DD (default: today in Vietnam).",
                vi: "Ngày bắt đầu tính, YYYY-MM-DD (mặc định: ngày hôm nay theo giờ Việt Nam)."))
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
                ListColumn("Tỉnh", csv: "province_name") {
                    $0.provinceCode == "total" ? localized("Total") : $0.provinceName
                },
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
