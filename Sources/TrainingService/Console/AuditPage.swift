import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /audit` (Nhật ký): the audit trail, newest first, filtered by table, actor and first day; rows and
/// references read as codes and names, an update shows only the fields that changed. Staff and admins only.
struct AuditPage {
    let database: Database
    let pages: ConsolePages
    static let shown = 200

    struct View: Sendable {
        struct Entry: Sendable {
            let at: String
            let actor: String
            let entity: String
            let action: String
            let subject: String
            let changes: String
        }
        let frame: ConsoleFrame
        let entities: [SelectOption]
        let actor: String
        let since: String
        let entries: [Entry]
        let hasEntries: Bool
        let summary: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("audit") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let form = ConsoleForm(query: request)
            let entity = form.given("entity").flatMap(AuditEntity.init(rawValue:))
            let since = try form.date("since")
            let entries = try await access.database.audit.auditEntries(
                matching: AuditFilter(
                    entity: entity, since: since?.midnightInVietnam, actor: form.given("actor"), limit: Self.shown))
            let view = View(
                frame: ConsoleFrame(title: "Nhật ký thay đổi", context: context, section: "/audit"),
                entities: AuditEntity.allCases.map {
                    .init(value: $0.rawValue, label: $0.rawValue, selected: $0 == entity)
                },
                actor: form.given("actor") ?? "", since: since?.vietnamese ?? "",
                entries: entries.map {
                    View.Entry(
                        at: $0.at.formatted(.vietnamTime), actor: $0.actor, entity: $0.entity,
                        action: Self.action($0.action), subject: $0.subject,
                        changes: $0.changes.map(\.summary).joined(separator: "; "))
                },
                hasEntries: !entries.isEmpty,
                summary: entries.count == Self.shown
                    ? "\(Self.shown) thay đổi mới nhất; lọc thêm để xem cũ hơn." : "\(entries.count) thay đổi.")
            return pages.page("audit", view)
        }
    }

    private static func action(_ action: String) -> String {
        switch action {
        case "insert": "Thêm"
        case "update": "Sửa"
        case "delete": "Xóa"
        default: action
        }
    }
}
