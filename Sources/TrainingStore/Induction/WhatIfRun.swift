public import Foundation
public import TrainingModel

/// One what-if of the induction asked for through the service: its inputs, where it is, and when done its answer,
/// both as `ttbd plan induction --what-if --format json` prints it and as people read it.
public struct WhatIfRun: Sendable, Encodable {
    public enum Status: String, Sendable, Codable {
        case queued, running, done, failed
    }

    public var id: Int
    public var request: WhatIfRunRequest
    public var requestedBy: String
    public var requestedAt: Date
    public var status: Status
    public var startedAt: Date?
    public var finishedAt: Date?
    /// The command line's JSON of the answer, when done.
    public var result: JSONValue?
    /// The answer's sentences, when done; the API gives ``result``.
    public var answer: WhatIfAnswer?
    /// Why it failed, in English.
    public var failure: String?

    private enum CodingKeys: String, CodingKey {
        case id, status, requestedBy, requestedAt, startedAt, finishedAt, result, failure
        case program, term, startsOn, endsOn, classSize, latestEnd, onlineProvinces, timeLimitSeconds, seed
    }

    /// The inputs flat beside the status, as the request took them, and `result` when done.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(request.program, forKey: .program)
        try container.encode(request.term, forKey: .term)
        try container.encode(request.startsOn, forKey: .startsOn)
        try container.encode(request.endsOn, forKey: .endsOn)
        try container.encode(request.classSize, forKey: .classSize)
        try container.encodeIfPresent(request.latestEnd, forKey: .latestEnd)
        try container.encode(request.onlineProvinces, forKey: .onlineProvinces)
        try container.encode(Double(request.timeLimitMilliseconds) / 1000, forKey: .timeLimitSeconds)
        try container.encode(request.seed, forKey: .seed)
        try container.encode(requestedBy, forKey: .requestedBy)
        try container.encode(requestedAt, forKey: .requestedAt)
        try container.encodeIfPresent(startedAt, forKey: .startedAt)
        try container.encodeIfPresent(finishedAt, forKey: .finishedAt)
        try container.encodeIfPresent(result, forKey: .result)
        try container.encodeIfPresent(failure, forKey: .failure)
    }
}

/// What a what-if run plans: the inputs of `ttbd plan induction --what-if`.
public struct WhatIfRunRequest: Sendable, Hashable {
    public var program: String
    public var term: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var classSize: Int
    public var latestEnd: CalendarDate?
    /// Sorted.
    public var onlineProvinces: [String]
    public var timeLimitMilliseconds: Int
    public var seed: UInt64

    public init(
        program: String, term: String, startsOn: CalendarDate, endsOn: CalendarDate, classSize: Int,
        latestEnd: CalendarDate? = nil, onlineProvinces: [String] = [], timeLimitMilliseconds: Int = 30_000,
        seed: UInt64 = 1
    ) {
        self.program = program
        self.term = term
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.classSize = classSize
        self.latestEnd = latestEnd
        self.onlineProvinces = onlineProvinces.sorted()
        self.timeLimitMilliseconds = timeLimitMilliseconds
        self.seed = seed
    }

    /// The plan it asks for, never kept.
    public var induction: InductionRequest {
        InductionRequest(
            program: program, term: term, startsOn: startsOn, endsOn: endsOn, classSize: classSize,
            onlineProvinces: Set(onlineProvinces), dryRun: true, timeLimit: .milliseconds(timeLimitMilliseconds),
            seed: seed)
    }
}

/// A what-if's answer as people read it, kept with its sentences unworded so that each reader gets their language:
/// the plan as asked in two lines, who it leaves out by reason, and each change with its effect.
public struct WhatIfAnswer: Sendable, Codable, Hashable {
    public struct Suggestion: Sendable, Codable, Hashable {
        public var explanation: Message
        /// New lecturers by module, for the change that adds them.
        public var modules: [ModuleNeed]

        public init(explanation: Message, modules: [ModuleNeed]) {
            self.explanation = explanation
            self.modules = modules
        }
    }

    /// A module's half-days for new lecturers, the fewest of them, the months (`YYYY-MM`) and how many provinces.
    public struct ModuleNeed: Sendable, Codable, Hashable {
        public var module: String
        public var halfDays: Int
        public var lecturers: Int
        public var months: [String]
        public var provinces: Int

        public init(module: String, halfDays: Int, lecturers: Int, months: [String], provinces: Int) {
            self.module = module
            self.halfDays = halfDays
            self.lecturers = lecturers
            self.months = months
            self.provinces = provinces
        }
    }

    public var heading: Message
    public var placed: Message
    public var leftOut: [Message]
    public var suggestions: [Suggestion]
    public var trials: Int

    public init(heading: Message, placed: Message, leftOut: [Message], suggestions: [Suggestion], trials: Int) {
        self.heading = heading
        self.placed = placed
        self.leftOut = leftOut
        self.suggestions = suggestions
        self.trials = trials
    }
}
