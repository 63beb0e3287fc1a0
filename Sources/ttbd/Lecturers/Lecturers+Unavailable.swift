import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Lecturers {
    struct Unavailable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a period a lecturer cannot teach, or list their periods.",
            discussion: """
                With --from and --to, adds a period in Vietnam's time: a day alone means the whole day \
                (--from 2026-05-04 --to 2026-05-05 is two days). Without them, lists the lecturer's periods.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The lecturer's code.")
        var code: String

        @Option(help: "First day, or day and time: 2026-05-04 or 2026-05-04T08:00.")
        var from: LocalDateTime?

        @Option(help: "Last day, or the day and time it ends.")
        var to: LocalDateTime?

        @Option(help: "Why, e.g. 'công tác nước ngoài'.")
        var reason: String?

        @Option(help: "table, json or csv (for the list).")
        var format: ListFormat = .table

        func validate() throws {
            if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to, or neither to list") }
            if from == nil && reason != nil { throw ValidationError("--reason needs --from and --to") }
        }

        func run() async throws {
            if let from, let to {
                let period = try await database.withDatabase {
                    try await $0.addUnavailability(lecturer: code, from: from, to: to, reason: reason)
                }
                print(
                    "Lecturer \(code) is unavailable from \(period.from) to \(period.to)"
                        + (period.reason.map { " (\($0))" } ?? "") + ".")
            } else {
                let periods = try await database.withDatabase { try await $0.unavailability(lecturer: code) }
                try format.print(periods, columns: Self.columns, noun: "period")
            }
        }

        static let columns: [ListColumn<UnavailablePeriod>] = [
            ListColumn("Từ", csv: "from") { $0.from },
            ListColumn("Đến", csv: "to") { $0.to },
            ListColumn("Loại", csv: "kind") { $0.kind },
            ListColumn("Lý do", csv: "reason") { $0.reason ?? "" },
        ]
    }
}
