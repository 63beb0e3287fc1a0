import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// `/induction/what-if` (Cần gì để kịp thời gian vàng): the form that asks for a what-if of the induction, as
/// `ttbd plan induction --what-if` computes it, and the runs asked before. The form posts a run to the service's
/// job tick, which plans it in minutes for the whole country, and leads to the run's page
/// (``InductionWhatIfRunPage``); no request waits for the plan. Staff and admins only.
struct InductionWhatIfPage {
    let database: Database
    let pages: ConsolePages
    let now: @Sendable () -> Date

    /// Runs listed under the form, newest first.
    static let runsListed = 20

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let program: String
        let term: String
        let from: String
        let to: String
        let size: String
        let latest: String
        /// What is wrong with the fields posted, or why the plan would be refused.
        let refusal: String?
        let runs: [RunRow]
    }

    struct RunRow: Sendable {
        let href: String
        let number: String
        let asked: String
        let requested: String
        let status: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("induction/what-if") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let form = ConsoleForm(query: request)
            return try await page(request, context, access: access, fields: Self.fields(form), refusal: nil)
        }
        group.post("induction/what-if") { request, context in
            var request = request
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let fields = Self.fields(try await ConsoleForm(&request, context: context))
            do {
                let id = try await InductionWhatIfRoutes.queue(Self.input(fields), access: access, now: now())
                return ConsolePages.redirect(to: "/induction/what-if/\(id)")
            } catch let problem as Problem where problem.status == .unprocessableContent {
                let refusal = problem.wording.text(in: request.consoleLanguage)
                return try await page(
                    request, context, access: access, fields: fields, refusal: refusal, status: .unprocessableContent)
            }
        }
    }

    private func page(
        _ request: Request, _ context: ServiceContext, access: Access, fields: [String: String], refusal: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = request.consoleLanguage
        let runs = try await access.database.induction.whatIfRuns(limit: Self.runsListed)
        let view = View(
            frame: ConsoleFrame(
                title: language.words(vi: "Cần gì để kịp thời gian vàng", en: "What the golden time takes"),
                request: request, context: context, section: "/"),
            program: fields["program", default: ""], term: fields["term", default: ""],
            from: fields["from", default: ""], to: fields["to", default: ""], size: fields["size", default: ""],
            latest: fields["latest", default: ""], refusal: refusal,
            runs: runs.map { Self.row($0, in: language) })
        return pages.page("induction-what-if", view, status: status)
    }

    private static func fields(_ form: ConsoleForm) -> [String: String] {
        var fields: [String: String] = [:]
        for name in ["program", "term", "from", "to", "size", "latest"] { fields[name] = form.given(name) }
        return fields
    }

    /// The form's fields as the API's inputs; a size that is no number is refused as one below one.
    private static func input(_ fields: [String: String]) -> WhatIfRunInput {
        WhatIfRunInput(
            program: fields["program", default: ""], term: fields["term", default: ""],
            startsOn: fields["from", default: ""], endsOn: fields["to", default: ""],
            classSize: fields["size"].flatMap { Int($0) } ?? 0, latestEnd: fields["latest"])
    }

    private static func row(_ run: WhatIfRun, in language: Language) -> RunRow {
        RunRow(
            href: "/induction/what-if/\(run.id)", number: "\(run.id)",
            asked: InductionWhatIfRunPage.asked(run.request, in: language),
            requested: run.requestedBy, status: InductionWhatIfRunPage.statusWords(run.status, in: language))
    }
}

extension InductionWhatIfPage.View: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "program": \.program, "term": \.term, "from": \.from, "to": \.to, "size": \.size,
        "latest": \.latest, "refusal": \.refusal, "runs": \.runs, "hasRuns": \.hasRuns,
    ]

    var hasRuns: Bool { !runs.isEmpty }
}

extension InductionWhatIfPage.RunRow: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "href": \.href, "number": \.number, "asked": \.asked, "requested": \.requested, "status": \.status,
    ]
}
