import Foundation

/// The answer to one question: a number on the scale, a choice's code, several codes, or text. In JSON an
/// answer is what it holds: `4`, `"truc-tiep"`, `["A01", "B03"]`, `"…"`.
public enum SurveyAnswer: Hashable, Sendable {
    case scale(Int)
    case choice(String)
    case choices([String])
    case text(String)
}

extension SurveyAnswer: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .scale(number)
        } else if let list = try? container.decode([String].self) {
            self = .choices(list)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .scale(let number): try container.encode(number)
        case .choice(let code), .text(let code): try container.encode(code)
        case .choices(let codes): try container.encode(codes)
        }
    }
}

extension SurveyQuestion {
    /// What is wrong with `answer` to this question, in words, or `nil` when it is a valid answer. A text
    /// given to a choice question is read as the choice's code.
    public func problem(with answer: SurveyAnswer) -> Message? {
        let codes = choices.map(\.code)
        let expected: Message = "one of \(codes.joined(separator: ", "))"
        switch (kind, answer) {
        case (.likert, .scale(let value)):
            return (1...5).contains(value) ? nil : "\(code) takes a whole number from 1 to 5, not \(number: value)"
        case (.single, .choice(let value)), (.single, .text(let value)):
            return codes.contains(value) ? nil : "'\(value)' is not a choice of \(code); expected \(expected)"
        case (.multiple, .choices(let values)):
            if let wrong = values.first(where: { !codes.contains($0) }) {
                return "'\(wrong)' is not a choice of \(code); expected \(expected)"
            }
            if Set(values).count != values.count { return "\(code) names a choice twice" }
            return required && values.isEmpty ? "\(code) needs at least one choice" : nil
        case (.text, .text(let value)), (.text, .choice(let value)):
            if required && value.trimmed.isEmpty { return "\(code) needs an answer" }
            return value.count > Self.longestText
                ? "the answer to \(code) is longer than \(number: Self.longestText) characters" : nil
        case (.likert, _), (.single, _), (.multiple, _), (.text, _):
            return expectation
        }
    }

    /// What an answer to this question is, for a person who gave something else.
    public var expectation: Message {
        switch kind {
        case .likert: "\(code) takes a whole number from 1 to 5"
        case .single: "\(code) takes one choice: one of \(choices.map(\.code).joined(separator: ", "))"
        case .multiple: "\(code) takes a list of choices: one of \(choices.map(\.code).joined(separator: ", "))"
        case .text: "\(code) takes text"
        }
    }

    /// The answer as the survey keeps it: a choice's code for a single question (JSON cannot tell it from text),
    /// text trimmed and in NFC.
    public func normalized(_ answer: SurveyAnswer) -> SurveyAnswer {
        switch (kind, answer) {
        case (.single, .text(let value)): .choice(value)
        case (.text, .text(let value)), (.text, .choice(let value)):
            .text(value.trimmed.precomposedStringWithCanonicalMapping)
        default: answer
        }
    }
}

extension Survey {
    /// The answers checked against the questions: each problem with the question it is about (the code given, for
    /// an answer to no question), and the answers as kept. Unanswered optional questions, and blank text, are left
    /// out.
    public func check(_ answers: [String: SurveyAnswer]) -> (answers: [String: SurveyAnswer], problems: [Problem]) {
        var kept: [String: SurveyAnswer] = [:]
        var problems: [Problem] = []
        let known = Set(questions.map(\.code))
        for code in answers.keys.sorted() where !known.contains(code) {
            problems.append(Problem(question: code, unknownQuestion(code)))
        }
        for question in questions {
            guard let answer = answers[question.code] else {
                if question.required {
                    problems.append(Problem(question: question.code, "\(question.code) needs an answer"))
                }
                continue
            }
            if let problem = question.problem(with: answer) {
                problems.append(Problem(question: question.code, problem))
                continue
            }
            let normalized = question.normalized(answer)
            if normalized != .text("") { kept[question.code] = normalized }
        }
        return (kept, problems)
    }

    /// What is wrong with an answer to `code`, which is no question of this survey.
    public func unknownQuestion(_ code: String) -> Message {
        "survey \(self.code) has no question \(code); its questions are \(questions.map(\.code).joined(separator: ", "))"
    }

    /// A problem of an answer, with the question it is about.
    public struct Problem: Hashable, Sendable {
        public var question: String
        public var wording: Message

        public init(question: String, _ wording: Message) {
            self.question = question
            self.wording = wording
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
