import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

/// The options of the commands that record a period when a lecturer or a room is unavailable, or list them.
struct PeriodOptions: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "First day, or day and time: 2026-05-04 or 2026-05-04T08:00.",
            vi: "Ngày đầu, hoặc ngày và giờ: 2026-05-04 hoặc 2026-05-04T08:00."))
    var from: LocalDateTime?

    @Option(
        help: .inLanguage(en: "Last day, or the day and time it ends.", vi: "Ngày cuối, hoặc ngày và giờ kết thúc."))
    var to: LocalDateTime?

    @Option(
        help: .inLanguage(
            en: "Why, e.g. 'công tác nước ngoài' or 'sửa chữa'.",
            vi: "Lý do, ví dụ 'công tác nước ngoài' hoặc 'sửa chữa'."))
    var reason: String?

    @OptionGroup var output: ListOutput

    func validate() throws {
        if (from == nil) != (to == nil) {
            throw ValidationError(localized("give both --from and --to, or neither to list"))
        }
        if from == nil && reason != nil { throw ValidationError(localized("--reason needs --from and --to")) }
    }

    /// With --from and --to, adds the period to `owner` and says so (`added` is the sentence's start, e.g.
    /// "Room HN/P1 is closed"); without them, lists `owner`'s periods.
    func run(for owner: UnavailabilityOwner, saying added: Message, database: DatabaseOptions) async throws {
        if let from, let to {
            let period = try await database.withOperations {
                try await $0.addUnavailability(of: owner, from: from, to: to, reason: reason)
            }
            let span = Self.span(period)
            print(localized(period.reason.map { "\(added) \(span) (\($0))." } ?? "\(added) \(span)."))
        } else {
            let periods = try await database.withDatabase { try await $0.resources.unavailability(of: owner) }
            try output.print(periods, columns: Self.columns, title: "Thời gian không sử dụng được", noun: "period")
        }
    }

    /// A period as people say it. The store keeps its end exclusive (a leave "to 2026-08-31" ends at
    /// 2026-09-01 00:00), so a period of whole days names its last day: "from 2026-08-01 to 2026-08-31";
    /// one within a day names the day once: "on 2026-05-04 from 08:00 to 10:00".
    static func span(_ period: UnavailablePeriod) -> Message {
        let (from, to) = (period.from.split(separator: " "), period.to.split(separator: " "))
        guard from.count == 2, to.count == 2 else { return "from \(day: period.from) to \(day: period.to)" }
        if from[1] == "00:00", to[1] == "00:00", let end = CalendarDate(parsing: String(to[0])) {
            let last = end.adding(days: -1).description
            return last == from[0] ? "on \(day: last)" : "from \(day: String(from[0])) to \(day: last)"
        }
        if from[0] == to[0] { return "on \(day: String(from[0])) from \(from[1]) to \(to[1])" }
        return "from \(day: period.from) to \(day: period.to)"
    }

    /// The last moment a person reads: the last whole day, or the time the period ends.
    static func lastShown(_ period: UnavailablePeriod) -> String {
        let to = period.to.split(separator: " ")
        guard to.count == 2, to[1] == "00:00", let end = CalendarDate(parsing: String(to[0])) else {
            return period.to.vietnameseDayAndTime
        }
        return end.adding(days: -1).vietnamese + " (cả ngày)"
    }

    static let columns: [ListColumn<UnavailablePeriod>] = [
        ListColumn("Từ", csv: "from", { $0.from.vietnameseDayAndTime }, csvCell: { $0.from }),
        ListColumn("Đến hết", csv: "to", { lastShown($0) }, csvCell: { $0.to }),
        ListColumn("Loại", csv: "kind") { $0.kind },
        ListColumn("Lý do", csv: "reason") { $0.reason ?? "" },
    ]
}
