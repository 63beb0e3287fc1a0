import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/induction/what-if/{id}`: one what-if run. While it waits or plans, the page reloads itself every few seconds
/// (`<meta http-equiv="refresh">`: the CSP allows no inline script); done, it shows the plan as asked, who it leaves
/// out and each change with its effect, as `ttbd plan induction --what-if` says them. Staff and admins only.
struct InductionWhatIfRunPage {
    let database: Database
    let pages: ConsolePages

    /// How often a page of an unfinished run reloads: a small case is done in a few seconds, the country's in ten
    /// minutes.
    static let refreshSeconds = 5

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let asked: String
        let status: String
        /// Seconds between reloads while the run is unfinished, else `nil`.
        let refresh: Int?
        let failure: String?
        let answer: Answer?
    }

    struct Answer: Sendable {
        let heading: String
        let placed: String
        let leftOut: [String]
        let suggestions: [Suggestion]
        let trials: String
    }

    struct Suggestion: Sendable {
        let explanation: String
        let modules: [Module]
        let hasModules: Bool
    }

    struct Module: Sendable {
        let module: String
        let halfDays: String
        let lecturers: String
        let months: String
        let provinces: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("induction/what-if/{id}") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            guard let id = context.parameters.get("id", as: Int.self),
                let run = try await access.database.induction.whatIfRun(id: id)
            else {
                throw Problem(
                    .notFound, vi: "Không có lần chạy nào với số này.", en: "There is no run with this number.",
                    in: language)
            }
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Cần gì để kịp thời gian vàng", en: "What the golden time takes"),
                    request: request, context: context, section: "/"),
                asked: Self.asked(run.request, in: language),
                status: Self.statusWords(run.status, in: language),
                refresh: [.queued, .running].contains(run.status) ? Self.refreshSeconds : nil,
                failure: run.failure, answer: run.answer.map { Self.answer($0, in: language) })
            return pages.page("induction-what-if-run", view)
        }
    }

    /// The program, term, window and class size of a run, in a line.
    static func asked(_ request: WhatIfRunRequest, in language: Language) -> String {
        let line: Message =
            "\(request.program), \(request.term), \(day: request.startsOn) – \(day: request.endsOn), "
            + "\(number: request.classSize)"
        return line.text(in: language)
    }

    static func statusWords(_ status: WhatIfRun.Status, in language: Language) -> String {
        switch status {
        case .queued: language.words(vi: "Đang chờ", en: "Waiting")
        case .running: language.words(vi: "Đang tính", en: "Planning")
        case .done: language.words(vi: "Đã xong", en: "Done")
        case .failed: language.words(vi: "Không tính được", en: "Failed")
        }
    }

    private static func answer(_ answer: WhatIfAnswer, in language: Language) -> Answer {
        func say(_ message: Message) -> String { message.text(in: language) }
        return Answer(
            heading: say(answer.heading), placed: say(answer.placed), leftOut: answer.leftOut.map(say),
            suggestions: answer.suggestions.map { suggestion in
                let modules = suggestion.modules.map { module in
                    Module(
                        module: module.module, halfDays: say("\(number: module.halfDays)"),
                        lecturers: say("\(number: module.lecturers)"), months: module.months.joined(separator: ", "),
                        provinces: say("\(number: module.provinces)"))
                }
                return Suggestion(
                    explanation: say(suggestion.explanation), modules: modules, hasModules: !modules.isEmpty)
            },
            trials: say("\(number: answer.trials)"))
    }
}

extension InductionWhatIfRunPage.View: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "asked": \.asked, "status": \.status, "refresh": \.refresh, "failure": \.failure,
        "answer": \.answer,
    ]
}

extension InductionWhatIfRunPage.Answer: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "heading": \.heading, "placed": \.placed, "leftOut": \.leftOut, "suggestions": \.suggestions,
        "hasLeftOut": \.hasLeftOut, "hasSuggestions": \.hasSuggestions, "trials": \.trials,
    ]

    var hasLeftOut: Bool { !leftOut.isEmpty }
    var hasSuggestions: Bool { !suggestions.isEmpty }
}

extension InductionWhatIfRunPage.Suggestion: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "explanation": \.explanation, "modules": \.modules, "hasModules": \.hasModules,
    ]
}

extension InductionWhatIfRunPage.Module: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "module": \.module, "halfDays": \.halfDays, "lecturers": \.lecturers, "months": \.months,
        "provinces": \.provinces,
    ]
}
