import ArgumentParser
import TrainingStore

extension TTBD.Lecturers {
    struct Unavailable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unavailable",
            abstract: "Record a period a lecturer cannot teach, or list their periods.",
            discussion: """
                With --from and --to, adds a period in Vietnam's time: a day alone means the whole day \
                (--from 2026-05-04 --to 2026-05-05 is two days). Without them, lists the lecturer's periods.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The lecturer's code.")
        var code: String

        @OptionGroup var period: PeriodOptions

        func run() async throws {
            try await period.run(
                for: .lecturer(code: code), saying: "Lecturer \(code) is unavailable", database: database)
        }
    }
}
