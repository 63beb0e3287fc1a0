import ArgumentParser
import Foundation
import FoundationNetworking
import TrainingModel

extension TTBD.Me {
    /// `ttbd me schedule`: the delegate's timetable as the staff's `schedule show --delegate` prints it.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: inLanguage(
                en: "Show your sessions: a weekly grid, JSON, or an iCalendar file.",
                vi: "Xem lịch các buổi học của bạn: dạng bảng theo tuần, JSON hoặc tệp iCalendar."),
            discussion: inLanguage(
                en: """
                    The sessions of your cohort in every class where you hold a seat, in the local time of each \
                    class's venue. --week shows the week (Monday to Sunday) of the day given.
                    """,
                vi: """
                    Các buổi học của nhóm bạn trong mọi lớp mà bạn có chỗ, theo giờ địa phương của địa điểm học của \
                    từng lớp. --week hiển thị tuần (từ thứ Hai đến Chủ nhật) có ngày được nêu.
                    """))

        @OptionGroup var service: ServiceOptions

        @Option(
            help: .inLanguage(
                en: "The week of this day, YYYY-MM-DD.", vi: "Tuần có ngày này, YYYY-MM-DD.", valueName: "DATE"))
        var week: String?

        @Option(help: .inLanguage(en: "From this day, YYYY-MM-DD.", vi: "Từ ngày này, YYYY-MM-DD."))
        var from: String?

        @Option(help: .inLanguage(en: "Up to this day, YYYY-MM-DD.", vi: "Đến hết ngày này, YYYY-MM-DD."))
        var to: String?

        @Option(
            help: .inLanguage(
                en: "table (a weekly grid), json or ics (iCalendar).",
                vi: "table (bảng theo tuần), json hoặc ics (iCalendar)."))
        var format: Format = .table

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table
            case json
            case ics
        }

        func validate() throws {
            if week != nil && (from != nil || to != nil) {
                throw ValidationError(localized("give --week, or --from and --to, not both"))
            }
            _ = try period()
        }

        /// The days asked for: a whole week, or `--from`…`--to` (each optional).
        func period() throws -> (from: CalendarDate?, to: CalendarDate?) {
            if let monday = try CalendarDate.argument(week, "--week")?.monday {
                return (monday, monday.adding(days: 6))
            }
            let from = try CalendarDate.argument(from, "--from")
            let to = try CalendarDate.argument(to, "--to")
            if let from, let to, from > to {
                throw ValidationError(localized("--from \(day: from) is after --to \(day: to)"))
            }
            return (from, to)
        }

        func run() async throws {
            let (from, to) = try period()
            let query = [
                from.map { URLQueryItem(name: "from", value: $0.description) },
                to.map { URLQueryItem(name: "to", value: $0.description) },
            ].compactMap { $0 }
            try await ClientError.reporting {
                let client = try service.client()
                switch format {
                case .ics:
                    let calendar = try await client.get("/v1/me/schedule", query: query, accept: "text/calendar")
                    FileHandle.standardOutput.write(calendar)
                case .json:
                    try OutputFormat.printJSON(
                        try await client.list(ScheduledSession.self, "/v1/me/schedule", query: query))
                case .table:
                    // A delegate's grid names the class of each session; whose grid it is, the delegate knows.
                    let sessions = try await client.list(ScheduledSession.self, "/v1/me/schedule", query: query)
                    print(TTBD.Schedule.Grid(subject: .delegate("me"), sessions: sessions).render())
                }
            }
        }
    }
}
