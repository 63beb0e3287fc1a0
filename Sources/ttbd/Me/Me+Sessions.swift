import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

extension TTBD.Me {
    /// `ttbd me sessions`: the sessions a lecturer teaches (or a delegate attends), one line each with the id
    /// that `ttbd me attendance mark` takes.
    struct Sessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions",
            abstract: inLanguage(
                en: "List your sessions with their ids (from today, unless --from).",
                vi: "Liệt kê các buổi học của bạn kèm số hiệu (id) (từ hôm nay, trừ khi có --from)."))

        @OptionGroup var service: ServiceOptions

        @Option(
            help: .inLanguage(
                en: "From this day, YYYY-MM-DD (default: today).", vi: "Từ ngày này, YYYY-MM-DD (mặc định: hôm nay)."))
        var from: String?

        @Option(help: .inLanguage(en: "Up to this day, YYYY-MM-DD.", vi: "Đến hết ngày này, YYYY-MM-DD."))
        var to: String?

        @OptionGroup var output: ListOutput

        func run() async throws {
            let from = try CalendarDate.argument(from, "--from") ?? CalendarDate(Date(), in: "Asia/Ho_Chi_Minh")
            let to = try CalendarDate.argument(to, "--to")
            let query =
                [URLQueryItem(name: "from", value: from.description)]
                + (to.map { [URLQueryItem(name: "to", value: $0.description)] } ?? [])
            try await ClientError.reporting {
                let sessions = try await service.client().list(ScheduledSession.self, "/v1/me/schedule", query: query)
                try output.print(
                    sessions.map(\.session), columns: Self.columns, title: "Buổi học của tôi", noun: "session")
            }
        }

        /// The staff's session list, with each session's class.
        static let columns: [ListColumn<SessionRecord>] =
            [ListColumn("Lớp", csv: "class") { $0.classCode }] + TTBD.Sessions.List.columns
    }
}
