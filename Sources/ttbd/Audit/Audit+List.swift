import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

extension AuditEntity: ExpressibleByArgument {}

extension TTBD.Audit {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List changes, newest first: when, who, what, which row, and what changed.",
            discussion: """
                Rows and references read as codes and names (delegate_id: T001 Nguyễn Thị Hoa). An update \
                shows only the fields that differ (field: before → after); --format json gives the whole row \
                before and after, as stored. Times are Vietnam's.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only changes to this table.")
        var entity: AuditEntity?

        @Option(help: "Only changes from this day (YYYY-MM-DD, from midnight in Vietnam) or instant (ISO 8601).")
        var since: String?

        @Option(help: "Only changes by this actor (an OS user, or account:<username>).")
        var actor: String?

        @Option(help: "Only changes to this row: its id, or session/delegate ids for attendance.")
        var row: String?

        @Option(help: "Show at most this many.")
        var limit = 100

        @OptionGroup var output: ListOutput

        func validate() throws {
            if limit <= 0 { throw ValidationError("--limit must be positive, got \(limit)") }
            if let since, Self.instant(parsing: since) == nil {
                throw ValidationError(
                    "--since must be a day as YYYY-MM-DD or an instant as ISO 8601 (2026-05-01T08:00:00+07:00); got '\(since)'"
                )
            }
        }

        func run() async throws {
            let filter = AuditFilter(
                entity: entity, since: since.flatMap(Self.instant(parsing:)), actor: actor, row: row, limit: limit)
            let entries = try await database.withDatabase { try await $0.audit.auditEntries(matching: filter) }
            try output.print(entries, columns: Self.columns, title: "Nhật ký thay đổi", noun: "change")
        }

        static let columns: [ListColumn<AuditEntry>] = [
            ListColumn("Lúc", csv: "at", { $0.at.formatted(.vietnamTime) }, csvCell: { $0.at.ISO8601Format() }),
            ListColumn("Người", csv: "actor") { $0.actor },
            ListColumn("Bảng", csv: "entity") { $0.entity },
            ListColumn("Thao tác", csv: "action") { $0.action },
            ListColumn("Đối tượng", csv: "subject") { $0.subject },
            ListColumn("Thay đổi", csv: "changes") { $0.changes.map(\.summary).joined(separator: "; ") },
        ]

        /// A day (from its midnight in Vietnam) or an ISO 8601 instant with its offset.
        static func instant(parsing text: String) -> Date? {
            if let day = CalendarDate(parsing: text), text.count == 10 { return day.midnightInVietnam }
            return try? Date(text, strategy: .iso8601)
        }

    }
}
