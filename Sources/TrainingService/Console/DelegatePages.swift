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

    struct SearchView: ConsoleView {
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

        init(_ record: DelegateRecord, in language: Language) {
            code = record.delegate.code
            name = record.delegate.fullName
            body = record.bodyName
            firstTime =
                record.delegate.firstTime
                ? language.words(vi: "Lần đầu", en: "First term") : language.words(vi: "Tái cử", en: "Re-elected")
        }
    }

    struct DelegateView: ConsoleView {
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
            let language = request.consoleLanguage
            let query = ConsoleForm(query: request).given("q") ?? ""
            let results =
                query.isEmpty
                ? []
                : try await access.database.delegates.delegates(
                    matching: DelegateFilter(search: query, limit: Self.shown)
                ).map { Found($0, in: language) }
            let view = SearchView(
                frame: ConsoleFrame(
                    title: language.words(vi: "Đại biểu", en: "Delegates"), request: request, context: context,
                    section: "/delegates"),
                query: query,
                searched: !query.isEmpty, results: results, hasResults: !results.isEmpty,
                summary: results.count == Self.shown
                    ? language.words(
                        vi: "\(Self.shown) người đầu tiên; gõ thêm để thu hẹp.",
                        en: "The first \(Self.shown) people; type more to narrow the search.")
                    : language.words(vi: "\(results.count) người.", en: "\(results.count) people."))
            return pages.page("delegates", view)
        }
        group.get("delegates/{code}") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let code = try context.parameters.require("code")
            guard let record = try await access.database.delegates.delegate(code: code) else {
                throw Problem(
                    .notFound, vi: "Không có đại biểu nào mang mã \(Problem.quoted(code)).",
                    en: "No delegate has the code \(Problem.quoted(code)).", in: language)
            }
            let history = try await access.database.delegates.history(code: code).map {
                DelegateView.Event(
                    at: $0.at.formatted(.vietnamTime), classCode: $0.classCode ?? "",
                    detail: $0.wording.text(in: language),
                    actor: $0.actor ?? "")
            }
            let delegate = record.delegate
            let view = DelegateView(
                frame: ConsoleFrame(
                    title: delegate.fullName, request: request, context: context, section: "/delegates"),
                found: Found(record, in: language), phone: delegate.phone ?? "—", email: delegate.email ?? "—",
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
