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

    struct View: ConsoleView {
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
            let language = request.consoleLanguage
            let form = ConsoleForm(query: request)
            let entity = form.given("entity").flatMap(AuditEntity.init(rawValue:))
            let since = try form.date("since", in: language)
            let entries = try await access.database.audit.auditEntries(
                matching: AuditFilter(
                    entity: entity, since: since?.midnightInVietnam, actor: form.given("actor"), limit: Self.shown))
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Nhật ký thay đổi", en: "Audit log"), request: request,
                    context: context, section: "/audit"),
                entities: AuditEntity.allCases.map {
                    .init(value: $0.rawValue, label: $0.rawValue, selected: $0 == entity)
                },
                actor: form.given("actor") ?? "", since: since?.vietnamese ?? "",
                entries: entries.map {
                    View.Entry(
                        at: $0.at.formatted(.vietnamTime), actor: $0.actor, entity: $0.entity,
                        action: Self.action($0.action, in: language), subject: $0.subject,
                        changes: $0.changes.map(\.summary).joined(separator: "; "))
                },
                hasEntries: !entries.isEmpty,
                summary: entries.count == Self.shown
                    ? language.words(
                        vi: "\(Self.shown) thay đổi mới nhất; lọc thêm để xem cũ hơn.",
                        en: "The \(Self.shown) latest changes; filter further to see older ones.")
                    : language.words(vi: "\(entries.count) thay đổi.", en: "\(entries.count) changes."))
            return pages.page("audit", view)
        }
    }

    private static func action(_ action: String, in language: Language) -> String {
        switch action {
        case "insert": language.words(vi: "Thêm", en: "Added")
        case "update": language.words(vi: "Sửa", en: "Changed")
        case "delete": language.words(vi: "Xóa", en: "Deleted")
        default: action
        }
    }
}
