public import TrainingModel
import Yams

/// Reads a delegate's answers to a survey from a YAML or JSON file (`question-code: answer`), each value read as its
/// question's kind asks (a Likert point, a choice's code, a list of codes, text), every problem at its
/// `file:line:column`.
public struct SurveyAnswerReader: Sendable {
    public let survey: Survey

    public init(survey: Survey) {
        self.survey = survey
    }

    public func read(_ text: String, file: String) throws(InputError) -> [String: SurveyAnswer] {
        var problems: [Diagnostic] = []
        let start = SourceLocation(file: file, line: 1, column: 1)
        if let problem = InputLimits.firstControlCharacter(in: text, file: file) { throw InputError([problem]) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw InputError([
                Diagnostic(at: start, "cannot read the answers as YAML or JSON: \(String(describing: error))")
            ])
        }
        guard case .mapping(let mapping)? = root else {
            throw InputError([
                Diagnostic(
                    at: root.map { location($0, file) } ?? start,
                    "expected the answers as a mapping of question codes to answers, e.g. noi-dung: 4")
            ])
        }
        var answers: [String: SurveyAnswer] = [:]
        var places: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let code = key.scalar?.string ?? ""
            guard let question = survey.questions.first(where: { $0.code == code }) else {
                problems.append(Diagnostic(at: location(key, file), survey.unknownQuestion(code)))
                continue
            }
            places[code] = location(value, file)
            guard let answer = Self.answer(value, to: question) else {
                problems.append(Diagnostic(at: location(value, file), question.expectation))
                continue
            }
            answers[code] = answer
        }
        for problem in survey.check(answers).problems
        where survey.questions.contains(where: { $0.code == problem.question }) {
            problems.append(Diagnostic(at: places[problem.question] ?? start, problem.wording))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return answers
    }

    /// The value as `question` reads it, or `nil` when it is not of that shape.
    private static func answer(_ node: Node, to question: SurveyQuestion) -> SurveyAnswer? {
        switch (question.kind, node) {
        case (.likert, .scalar(let scalar)): return Int(scalar.string).map(SurveyAnswer.scale) ?? .text(scalar.string)
        case (.single, .scalar(let scalar)): return .choice(scalar.string)
        case (.text, .scalar(let scalar)): return .text(scalar.string)
        case (.multiple, .scalar(let scalar)): return .choices([scalar.string])
        case (.multiple, .sequence(let items)):
            let codes = items.compactMap { $0.scalar?.string }
            return codes.count == items.count ? .choices(codes) : nil
        default: return nil
        }
    }

    private func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}
