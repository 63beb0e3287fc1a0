import TrainingModel
import TrainingStore

/// The inputs of a what-if run as a request or the console's form sends them, checked before anything is queued:
/// days that are days, a window in order, a class size and time limit in bounds, province codes written as such.
struct WhatIfRunInput: Decodable {
    var program: String
    var term: String
    var startsOn: String
    var endsOn: String
    var classSize: Int
    var latestEnd: String?
    var online: [String]?
    var timeLimitSeconds: Double?
    var seed: UInt64?

    /// The longest each plan may search: a run makes dozens of plans.
    static let longestTimeLimit = 600.0

    /// The run it asks for, or what is wrong with it, naming the field.
    func request() throws(WhatIfRunInputProblem) -> WhatIfRunRequest {
        func day(_ text: String, _ field: String) throws(WhatIfRunInputProblem) -> CalendarDate {
            guard let date = CalendarDate(parsing: text) else {
                throw WhatIfRunInputProblem(wording: "\(field) '\(text)' \(CalendarDate.problem(with: text))")
            }
            return date
        }
        for (field, code) in [("program", program), ("term", term)] where code.isEmpty || code.count > 50 {
            throw WhatIfRunInputProblem(wording: "\(field) must be a code of 1 to 50 characters")
        }
        let starts = try day(startsOn, "startsOn")
        let ends = try day(endsOn, "endsOn")
        guard starts <= ends else {
            throw WhatIfRunInputProblem(wording: "endsOn \(day: ends) is before startsOn \(day: starts)")
        }
        guard classSize > 0 else {
            throw WhatIfRunInputProblem(wording: "classSize must be a number above zero, got \(classSize)")
        }
        let latest = try latestEnd.map { text throws(WhatIfRunInputProblem) in try day(text, "latestEnd") }
        for province in online ?? [] {
            if let problem = UnitCode.provinceProblem(province) {
                throw WhatIfRunInputProblem(wording: "online: \(problem)")
            }
        }
        let seconds = timeLimitSeconds ?? 30
        guard seconds > 0, seconds <= Self.longestTimeLimit else {
            throw WhatIfRunInputProblem(
                wording: "timeLimitSeconds must be above 0 and at most \(number: Int(Self.longestTimeLimit))")
        }
        return WhatIfRunRequest(
            program: program, term: term, startsOn: starts, endsOn: ends, classSize: classSize, latestEnd: latest,
            onlineProvinces: online ?? [], timeLimitMilliseconds: Int(seconds * 1000), seed: seed ?? 1)
    }
}

/// What is wrong with a what-if's inputs.
struct WhatIfRunInputProblem: Error {
    let wording: Message
}
