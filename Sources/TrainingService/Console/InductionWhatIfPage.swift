import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingPlanner
import TrainingStore

/// `GET /induction/what-if?program=CT-B&term=2026-2031&from=2026-06-01&to=2026-08-31&size=120` (Cần gì để kịp thời
/// gian vàng): the induction planned as asked, nothing kept, and each change that would place those it leaves out,
/// with its effect, as `ttbd plan induction --what-if` says it. Staff and admins only; without the fields, the form.
struct InductionWhatIfPage {
    let database: Database
    let pages: ConsolePages

    /// Reasons listed one by one; the rest counted, as on the command line.
    static let reasonsShown = 12

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let program: String
        let term: String
        let from: String
        let to: String
        let size: String
        /// The fields are there but a day or the size is not one.
        let invalid: Bool
        /// Why the plan was refused (an unknown program, a window outside the term).
        let refusal: String?
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
        group.get("induction/what-if") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let form = ConsoleForm(query: request)
            let fields = ["program", "term", "from", "to", "size"].map { form.given($0) ?? "" }
            let filled = fields.allSatisfy { !$0.isEmpty }
            let induction = filled ? Self.induction(fields) : nil
            var refusal: String?
            var answer: Answer?
            if let induction {
                do {
                    answer = Self.answer(try await access.operations.inductionWhatIf(induction), in: language)
                } catch let error as StoreError where error.kind == .badData {
                    refusal = error.text(in: language)
                }
            }
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Cần gì để kịp thời gian vàng", en: "What the golden time takes"),
                    request: request, context: context, section: "/"),
                program: fields[0], term: fields[1], from: fields[2], to: fields[3], size: fields[4],
                invalid: filled && induction == nil, refusal: refusal, answer: answer)
            return pages.page("induction-what-if", view)
        }
    }

    /// The form's fields as a request, `nil` when a day is not one or the size not a positive number.
    private static func induction(_ fields: [String]) -> InductionRequest? {
        guard let from = CalendarDate(parsing: fields[2]), let to = CalendarDate(parsing: fields[3]), from <= to,
            let size = Int(fields[4]), size > 0
        else { return nil }
        return InductionRequest(
            program: fields[0], term: fields[1], startsOn: from, endsOn: to, classSize: size, dryRun: true)
    }

    private static func answer(_ report: InductionWhatIfReport, in language: Language) -> Answer {
        func say(_ message: Message) -> String { message.text(in: language) }
        let plan = report.plan
        var leftOut = plan.leftOut.prefix(reasonsShown).map {
            say("\(number: $0.delegateCodes.count) — \($0.wording)")
        }
        let rest = plan.leftOut.dropFirst(reasonsShown)
        if !rest.isEmpty {
            leftOut.append(
                say(
                    "\(number: rest.reduce(0) { $0 + $1.delegateCodes.count }) — in \(number: rest.count) more "
                        + "classes that cannot be scheduled"))
        }
        return Answer(
            heading: say(plan.heading), placed: say(plan.placedTally),
            leftOut: leftOut,
            suggestions: report.suggestions.map { suggestion in
                var modules: [Module] = []
                if case .lecturers(let needs) = suggestion.change {
                    modules = needs.modules.map { module in
                        Module(
                            module: module.module, halfDays: say("\(number: module.halfDays)"),
                            lecturers: say("\(number: module.lecturers)"),
                            months: module.months.joined(separator: ", "), provinces: say("\(number: module.provinces)")
                        )
                    }
                }
                return Suggestion(
                    explanation: say(suggestion.explanation), modules: modules, hasModules: !modules.isEmpty)
            },
            trials: say("\(number: report.trials)"))
    }
}

extension InductionWhatIfPage.View: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "program": \.program, "term": \.term, "from": \.from, "to": \.to, "size": \.size,
        "invalid": \.invalid, "refusal": \.refusal, "answer": \.answer,
    ]
}

extension InductionWhatIfPage.Answer: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "heading": \.heading, "placed": \.placed, "leftOut": \.leftOut, "suggestions": \.suggestions,
        "hasLeftOut": \.hasLeftOut, "hasSuggestions": \.hasSuggestions, "trials": \.trials,
    ]

    var hasLeftOut: Bool { !leftOut.isEmpty }
    var hasSuggestions: Bool { !suggestions.isEmpty }
}

extension InductionWhatIfPage.Suggestion: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "explanation": \.explanation, "modules": \.modules, "hasModules": \.hasModules,
    ]
}

extension InductionWhatIfPage.Module: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "module": \.module, "halfDays": \.halfDays, "lecturers": \.lecturers, "months": \.months,
        "provinces": \.provinces,
    ]
}
