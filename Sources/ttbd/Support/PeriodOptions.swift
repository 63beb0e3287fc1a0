import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

/// The options of the commands that record a period when a lecturer or a room is unavailable, or list them.
struct PeriodOptions: ParsableArguments {
    @Option(help: "First day, or day and time: 2026-05-04 or 2026-05-04T08:00.")
    var from: LocalDateTime?

    @Option(help: "Last day, or the day and time it ends.")
    var to: LocalDateTime?

    @Option(help: "Why, e.g. 'công tác nước ngoài' or 'sửa chữa'.")
    var reason: String?

    @OptionGroup var output: ListOutput

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to, or neither to list") }
        if from == nil && reason != nil { throw ValidationError("--reason needs --from and --to") }
    }

    /// With --from and --to, adds the period to `owner` and says so (`added` is the sentence's start, e.g.
    /// "Room HN/P1 is closed"); without them, lists `owner`'s periods.
    func run(for owner: UnavailabilityOwner, saying added: String, database: DatabaseOptions) async throws {
        if let from, let to {
            let period = try await database.withOperations {
                try await $0.addUnavailability(of: owner, from: from, to: to, reason: reason)
            }
            print("\(added) from \(period.from) to \(period.to)" + (period.reason.map { " (\($0))" } ?? "") + ".")
        } else {
            let periods = try await database.withDatabase { try await $0.resources.unavailability(of: owner) }
            try output.print(periods, columns: Self.columns, title: "Thời gian không sử dụng được", noun: "period")
        }
    }

    static let columns: [ListColumn<UnavailablePeriod>] = [
        ListColumn("Từ", csv: "from") { $0.from },
        ListColumn("Đến", csv: "to") { $0.to },
        ListColumn("Loại", csv: "kind") { $0.kind },
        ListColumn("Lý do", csv: "reason") { $0.reason ?? "" },
    ]
}
