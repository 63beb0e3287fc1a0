import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /delegates?q=` (Đại biểu: search by name without accents or case, refreshed as the person types) and
/// `GET /delegates/{code}` (one delegate's record and history). For staff and admins: a lecturer gets 404.
struct DelegatePages {
    let database: Database
    let pages: ConsolePages
    static let shown = 50

    struct SearchView: Sendable {
        let frame: ConsoleFrame
        let query: String
        let searched: Bool
        let results: [Found]
        let hasResults: Bool
        let summary: String
    }

    struct Found: Sendable {
        let code: String
        let name: String
        let body: String
        let firstTime: String

        init(_ record: DelegateRecord) {
            code = record.delegate.code
            name = record.delegate.fullName
            body = record.bodyName
            firstTime = record.delegate.firstTime ? "Lần đầu" : "Tái cử"
        }
    }

    struct DelegateView: Sendable {
        struct Event: Sendable {
            let at: String
            let classCode: String
            let detail: String
            let actor: String
        }
        let frame: ConsoleFrame
        let found: Found
        let phone: String
        let email: String
        let position: String
        let history: [Event]
        let hasHistory: Bool
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("delegates") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let query = ConsoleForm(query: request).given("q") ?? ""
            let results =
                query.isEmpty
                ? []
                : try await access.database.delegates.delegates(
                    matching: DelegateFilter(search: query, limit: Self.shown)
                ).map(Found.init)
            let view = SearchView(
                frame: ConsoleFrame(title: "Đại biểu", context: context, section: "/delegates"), query: query,
                searched: !query.isEmpty, results: results, hasResults: !results.isEmpty,
                summary: results.count == Self.shown
                    ? "\(Self.shown) người đầu tiên; gõ thêm để thu hẹp." : "\(results.count) người.")
            return pages.page("delegates", view)
        }
        group.get("delegates/{code}") { _, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let code = try context.parameters.require("code")
            guard let record = try await access.database.delegates.delegate(code: code) else {
                throw Problem(.notFound, vietnamese: "Không có đại biểu nào mang mã \(Problem.quoted(code)).")
            }
            let history = try await access.database.delegates.history(code: code).map {
                DelegateView.Event(
                    at: $0.at.formatted(.vietnamTime), classCode: $0.classCode ?? "", detail: $0.detail,
                    actor: $0.actor ?? "")
            }
            let delegate = record.delegate
            let view = DelegateView(
                frame: ConsoleFrame(title: delegate.fullName, context: context, section: "/delegates"),
                found: Found(record), phone: delegate.phone ?? "—", email: delegate.email ?? "—",
                position: delegate.position ?? "—", history: history, hasHistory: !history.isEmpty)
            return pages.page("delegate", view)
        }
    }
}

extension DelegatePages.SearchView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "query": \.query, "searched": \.searched, "results": \.results, "hasResults": \.hasResults,
        "summary": \.summary,
    ]
}

extension DelegatePages.Found: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "code": \.code, "name": \.name, "body": \.body, "firstTime": \.firstTime,
    ]
}
