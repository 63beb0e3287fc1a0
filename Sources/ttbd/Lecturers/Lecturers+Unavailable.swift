import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Lecturers {
    struct Unavailable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unavailable",
            abstract: inLanguage(
                en: "Record a period a lecturer cannot teach, or list their periods.",
                vi: "Ghi một khoảng thời gian giảng viên bận không dạy được, hoặc liệt kê lịch bận của giảng viên."),
            discussion: inLanguage(
                en: """
                    With --from and --to, adds a period in Vietnam's time: a day alone means the whole day (--from \
                    2026-05-04 --to 2026-05-05 is two days). Without them, lists the lecturer's periods.
                    """,
                vi: """
                    Có --from và --to thì thêm một khoảng thời gian theo giờ Việt Nam: chỉ ghi ngày thì hiểu là cả \
                    ngày (--from 2026-05-04 --to 2026-05-05 là hai ngày). Không có hai tùy chọn này thì liệt kê lịch \
                    bận của giảng viên.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The lecturer's code.", vi: "Mã giảng viên."))
        var code: String

        @OptionGroup var period: PeriodOptions

        func run() async throws {
            try await period.run(
                for: .lecturer(code: code), saying: "Lecturer \(code) is unavailable", database: database)
        }
    }
}
