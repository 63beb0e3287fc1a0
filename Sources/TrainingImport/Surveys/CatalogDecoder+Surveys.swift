import TrainingModel
import Yams

/// `surveys.yaml`: evaluations after a program's classes or modules, and needs surveys of a term.
extension CatalogDecoder {
    mutating func decodeSurvey(_ node: Node, into draft: inout CatalogDraft) {
        guard
            let fields = fields(
                of: node, what: "a survey", required: ["code", "title", "questions"],
                optional: ["after", "programs", "open_days", "term", "opens", "closes"])
        else { return }
        let code = self.code(fields, "code")
        let title = text(fields, "title")
        var survey = Survey(code: code?.value ?? "", title: title ?? "", kind: .needs, questions: [])
        var programs: [Located<String>] = []
        var term: Located<String>?
        if given(fields, "after") {
            guard let after = text(fields, "after") else { return }
            switch after {
            case "class": survey.kind = .afterClass
            case "module": survey.kind = .afterModule
            default:
                report(
                    "'\(after)' is not a valid after for a survey; expected 'class' or 'module'", at: fields["after"]!)
                return
            }
            refuse(["term", "opens", "closes"], in: fields, because: "a survey after a class or a module")
            programs = texts(fields, "programs")
            if programs.isEmpty {
                report("a survey after a \(after) needs 'programs': the programs whose classes it evaluates", at: node)
            }
            survey.programs = programs.map(\.value)
            survey.openDays = positiveInteger(fields, "open_days")
            if !given(fields, "open_days") {
                report(
                    "a survey after a \(after) needs 'open_days': how many days it stays open after the last session",
                    at: node)
            }
        } else {
            refuse(["programs", "open_days"], in: fields, because: "a needs survey (one without 'after')")
            term = self.code(fields, "term")
            let opens = date(fields, "opens")
            let closes = date(fields, "closes")
            if !["term", "opens", "closes"].allSatisfy({ given(fields, $0) }) {
                report("a needs survey (one without 'after') needs 'term', 'opens' and 'closes'", at: node)
            }
            if let opens, let closes, closes.value < opens.value {
                report(
                    "survey \(survey.code) closes on \(day: closes.value), before it opens on \(day: opens.value)",
                    at: closes.location)
            }
            survey.termCode = term?.value
            survey.opensOn = opens?.value
            survey.closesOn = closes?.value
        }
        var moduleChoices: [Located<Int>] = []
        if let list = fields["questions"], !Self.isNull(list) {
            guard case .sequence(let items) = list, !items.isEmpty else {
                report("'questions' of a survey should be a non-empty list, found \(Self.describe(list))", at: list)
                return
            }
            for item in items {
                guard let question = decodeQuestion(item, of: survey.kind) else { continue }
                if question.fromModules {
                    moduleChoices.append(Located(survey.questions.count, at: location(of: item)))
                }
                survey.questions.append(question.question)
            }
        }
        checkQuestions(survey, at: fields["questions"])
        guard let code else { return }
        draft.surveys.append(
            .init(survey: survey, code: code.location, programs: programs, term: term, moduleChoices: moduleChoices))
    }

    /// Whether the field is written with a value: an empty one (YAML's null) counts as missing, as it does for a
    /// required field, so it is reported rather than read as nothing.
    private func given(_ fields: Fields, _ name: String) -> Bool {
        fields[name].map { !Self.isNull($0) } ?? false
    }

    private mutating func refuse(_ names: [String], in fields: Fields, because what: Message) {
        for name in names {
            if let node = fields[name] { report("\(what) has no '\(name)'", at: node) }
        }
    }

    private mutating func decodeQuestion(_ node: Node, of kind: Survey.Kind) -> (
        question: SurveyQuestion, fromModules: Bool
    )? {
        guard
            let fields = fields(
                of: node, what: "a question", required: ["code", "text", "kind"],
                optional: ["choices", "required", "demand"])
        else { return nil }
        let code = self.code(fields, "code")
        let text = self.text(fields, "text")
        let questionKind = choice(fields, "kind", as: SurveyQuestion.Kind.self)
        let required = boolean(fields, "required", default: true)
        let demand = choice(fields, "demand", as: SurveyQuestion.Demand.self)
        guard let code, let text, let questionKind else { return nil }
        var question = SurveyQuestion(
            code: code.value, text: text, kind: questionKind, required: required, demand: demand)
        var fromModules = false
        let choosing = [.single, .multiple].contains(questionKind)
        if let choices = fields["choices"], !Self.isNull(choices) {
            if !choosing {
                report("a \(questionKind.rawValue) question has no 'choices'", at: choices)
            } else if case .scalar(let scalar) = choices, scalar.string == "modules" {
                if kind == .needs {
                    fromModules = true
                } else {
                    report(
                        "'choices: modules' belongs to a needs survey, whose term's modules are the choices",
                        at: choices)
                }
            } else {
                question.choices = decodeChoices(choices, of: code.value)
            }
        } else if choosing {
            report(
                "a \(questionKind.rawValue) question needs 'choices': a list of code and text, or 'modules'", at: node)
        }
        if let demand, let node = fields["demand"] {
            if kind != .needs {
                report("only a needs survey measures demand; remove 'demand' from question \(code.value)", at: node)
            } else if !choosing {
                report("'demand' goes with a single or multiple question, not a \(questionKind.rawValue) one", at: node)
            } else if demand == .month, let wrong = question.choices.first(where: { !Self.isMonth($0.code) }) {
                report("the choices of a month question are months written YYYY-MM, found '\(wrong.code)'", at: node)
            } else if demand == .topic, !fromModules {
                report("a topic question takes 'choices: modules', so demand is counted by module", at: node)
            }
        }
        return (question, fromModules)
    }

    private mutating func decodeChoices(_ node: Node, of question: String) -> [SurveyQuestion.Choice] {
        guard case .sequence(let items) = node, !items.isEmpty else {
            report(
                "'choices' of question \(question) should be a non-empty list of code and text, or 'modules', found \(Self.describe(node))",
                at: node)
            return []
        }
        var choices: [SurveyQuestion.Choice] = []
        var seen: Set<String> = []
        for item in items {
            guard let fields = fields(of: item, what: "a choice", required: ["code", "text"]),
                let code = self.code(fields, "code"), let text = self.text(fields, "text")
            else { continue }
            if !seen.insert(code.value).inserted {
                report("question \(question) has the choice \(code.value) twice", at: code.location)
            }
            choices.append(SurveyQuestion.Choice(code: code.value, text: text))
        }
        return choices
    }

    /// Question codes are the keys of an answer: each once; and each kind of demand measured once.
    private mutating func checkQuestions(_ survey: Survey, at node: Node?) {
        guard let node else { return }
        var seen: Set<String> = []
        for question in survey.questions where !seen.insert(question.code).inserted {
            report("survey \(survey.code) has the question \(question.code) twice", at: node)
        }
        for demand in SurveyQuestion.Demand.allCases where survey.questions.filter({ $0.demand == demand }).count > 1 {
            report("survey \(survey.code) has more than one \(demand.rawValue) question", at: node)
        }
    }

    private static func isMonth(_ code: String) -> Bool {
        let parts = code.split(separator: "-")
        return parts.count == 2 && parts[0].count == 4 && parts[1].count == 2 && Int(parts[0]) != nil
            && Int(parts[1]).map { (1...12).contains($0) } == true
    }
}
