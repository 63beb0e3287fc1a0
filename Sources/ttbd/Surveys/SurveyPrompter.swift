import Foundation
import TrainingModel

/// Asks a survey's questions one by one: each with how to answer it, again until the answer fits, then the answers
/// to confirm. Reads and writes through closures, so a test can play the person at the terminal.
struct SurveyPrompter {
    var read: () -> String?
    var write: (String) -> Void

    static var terminal: SurveyPrompter {
        SurveyPrompter(read: { readLine() }, write: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// The round to answer: the one named or the only one open; with several, the person picks one.
    mutating func chooseRound(_ rounds: [SurveyRound], classCode: String?, moduleCode: String?) -> SurveyRound? {
        let matching = rounds.filter { $0.matches(classCode: classCode, moduleCode: moduleCode) }
        guard matching.count > 1 else {
            if matching.isEmpty { write(localized("this survey has no round open to you now") + "\n") }
            return matching.first
        }
        for (index, round) in matching.enumerated() { write("  \(index + 1). \(round.subject)\n") }
        return pick(from: matching.count, prompt: localized("Which class (and module)? Type its number: ")).map {
            matching[$0]
        }
    }

    /// Every question's answer, or `nil` when the input ends first.
    mutating func ask(_ survey: Survey) -> [String: SurveyAnswer]? {
        write(survey.title + "\n")
        var answers: [String: SurveyAnswer] = [:]
        for (index, question) in survey.questions.enumerated() {
            write("\n(\(index + 1)/\(survey.questions.count)) \(question.text)\n")
            for (number, choice) in question.choices.enumerated() { write("  \(number + 1). \(choice.text)\n") }
            while true {
                write(localized(Self.prompt(for: question)))
                guard let line = read() else { return nil }
                let typed = line.trimmingCharacters(in: .whitespaces)
                if typed.isEmpty && !question.required { break }
                guard let answer = Self.answer(typed, to: question) else {
                    write(localized(question.expectation) + "\n")
                    continue
                }
                if let problem = question.problem(with: answer) {
                    write(localized(problem) + "\n")
                    continue
                }
                answers[question.code] = question.normalized(answer)
                break
            }
        }
        return answers
    }

    /// Shows the answers and asks whether to send them.
    mutating func confirm(_ answers: [String: SurveyAnswer], of survey: Survey) -> Bool {
        write("\n")
        for question in survey.questions {
            let labels = Dictionary(
                question.choices.map { ($0.code, $0.text) }, uniquingKeysWith: { first, _ in first })
            let shown: String
            switch answers[question.code] {
            case .scale(let point)?: shown = String(point)
            case .choice(let code)?: shown = labels[code] ?? code
            case .choices(let codes)?: shown = codes.map { labels[$0] ?? $0 }.joined(separator: "; ")
            case .text(let text)?: shown = text
            case nil: shown = "—"
            }
            write("  \(question.code): \(shown)\n")
        }
        write(localized("Send these answers? [y/n] "))
        let reply = read()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return ["y", "yes", "c", "có", "co"].contains(reply)
    }

    private mutating func pick(from count: Int, prompt: String) -> Int? {
        while true {
            write(prompt)
            guard let line = read() else { return nil }
            if let number = Int(line.trimmingCharacters(in: .whitespaces)), (1...count).contains(number) {
                return number - 1
            }
        }
    }

    private static func prompt(for question: SurveyQuestion) -> Message {
        switch question.kind {
        case .likert: "1 = not at all … 5 = fully; type 1 to 5: "
        case .single: "Type the number of one choice: "
        case .multiple: "Type the numbers of your choices, separated by commas: "
        case .text: question.required ? "Your answer: " : "Your answer (Enter to skip): "
        }
    }

    /// What the person typed, as the question reads it: choices by their numbers.
    static func answer(_ typed: String, to question: SurveyQuestion) -> SurveyAnswer? {
        func choice(_ number: Substring) -> String? {
            Int(number.trimmingCharacters(in: .whitespaces)).flatMap {
                question.choices.indices.contains($0 - 1) ? question.choices[$0 - 1].code : nil
            }
        }
        switch question.kind {
        case .likert: return Int(typed).map(SurveyAnswer.scale)
        case .single: return choice(Substring(typed)).map(SurveyAnswer.choice)
        case .multiple:
            let codes = typed.split(separator: ",").map(choice)
            return codes.contains(nil) || codes.isEmpty ? nil : .choices(codes.compactMap { $0 })
        case .text: return .text(typed)
        }
    }
}
