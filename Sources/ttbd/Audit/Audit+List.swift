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
            abstract: inLanguage(
                en: "List changes, newest first: when, who, what, which row, and what changed.",
                vi: """
                    Liệt kê các thay đổi, mới nhất lên đầu: lúc nào, ai, thao tác gì trên bảng nào, dòng nào, và thay \
                    đổi những gì.
                    """),
            discussion: inLanguage(
                en: """
                    Rows and references read as codes and names (delegate_id: T001 Nguyễn Thị Hoa). An update shows \
                    only the fields that differ (field: before → after); --format json gives the whole row before and \
                    after, as stored. Times are Vietnam's.
                    """,
                vi: """
                    Dòng dữ liệu và các tham chiếu được hiển thị bằng mã và tên (delegate_id: T001 Nguyễn Thị Hoa). \
                    Một lần cập nhật chỉ hiện các trường có khác biệt (trường: trước → sau); --format json cho toàn bộ \
                    dòng trước và sau khi sửa, đúng như đã lưu. Thời gian theo giờ Việt Nam.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "Only changes to this table.", vi: "Chỉ các thay đổi trong bảng này."))
        var entity: AuditEntity?

        @Option(
            help: .inLanguage(
                en: "Only changes from this day (YYYY-MM-DD, from midnight in Vietnam) or instant (ISO 8601).",
                vi: """
                    Chỉ các thay đổi kể từ ngày này (YYYY-MM-DD, tính từ 0 giờ theo giờ Việt Nam) hoặc thời điểm này \
                    (ISO 8601).
                    """))
        var since: String?

        @Option(
            help: .inLanguage(
                en: "Only changes by this actor (an OS user, or account:<username>).",
                vi: """
                    Chỉ các thay đổi do người này thực hiện (người dùng của hệ điều hành, hoặc account:<username> với \
                    một tài khoản).
                    """))
        var actor: String?

        @Option(
            help: .inLanguage(
                en: "Only changes to this row: its id, or session/delegate ids for attendance.",
                vi: "Chỉ các thay đổi của dòng này: id của dòng; với điểm danh là id buổi học/id đại biểu."))
        var row: String?

        @Option(help: .inLanguage(en: "Show at most this many.", vi: "Số mục hiển thị tối đa."))
        var limit = 100

        @OptionGroup var output: ListOutput

        func validate() throws {
            if limit <= 0 { throw ValidationError(localized("--limit must be positive, got \(limit)")) }
            if let since, Self.instant(parsing: since) == nil {
                throw ValidationError(
                    localized(
                        "--since must be a day as YYYY-MM-DD or an instant as ISO 8601 (2026-05-01T08:00:00+07:00); "
                            + "got '\(since)'"))
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
