public import TrainingModel
public import TrainingPlanner
public import TrainingStore

/// What the golden time takes: the induction plan as asked, and each change that would place some of those it
/// leaves out, on its own, with its effect. Nothing of it was written.
public struct InductionWhatIfReport: Sendable {
    /// The plan as asked (never kept).
    public var plan: InductionReport
    /// The latest end date tried.
    public var latestEnd: CalendarDate
    /// The seats of the largest room at a province's venue: the largest class size tried.
    public var largestRoom: Int
    /// In order: lecturers, end date, class size, online. Empty when nobody is left out.
    public var suggestions: [WhatIfSuggestion]
    /// Plans made to find them, the one as asked included: what the answer cost.
    public var trials: Int
}

extension InductionWhatIfReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case program, term, startsOn, endsOn, classSize, placed, leftOutCount, leftOut, latestEnd
        case largestRoom, suggestions, trials
    }

    private struct LeftOutCount: Encodable {
        var kind: String
        var province: String?
        var delegates: Int
    }

    /// The request, the plan's totals and who it leaves out by reason (counts, not codes: `plan induction
    /// --dry-run --format json` lists them), then the suggestions.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan.program, forKey: .program)
        try container.encode(plan.term, forKey: .term)
        try container.encode(plan.startsOn, forKey: .startsOn)
        try container.encode(plan.endsOn, forKey: .endsOn)
        try container.encode(plan.classSize, forKey: .classSize)
        try container.encode(plan.placed, forKey: .placed)
        try container.encode(plan.leftOutCount, forKey: .leftOutCount)
        try container.encode(
            plan.leftOut.map { LeftOutCount(kind: $0.kind, province: $0.province, delegates: $0.delegateCodes.count) },
            forKey: .leftOut)
        try container.encode(latestEnd, forKey: .latestEnd)
        try container.encode(largestRoom, forKey: .largestRoom)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(trials, forKey: .trials)
    }
}
