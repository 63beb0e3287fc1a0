public import TrainingModel
public import TrainingPlanner

/// What `schedule plan` did, for staff: the classes planned, the ones that could not be and why, the sessions
/// written, what moved, and the soft costs of the plan.
public struct PlanReport: Sendable, Encodable {
    public var plannedClasses: [String]
    public var unplanned: [UnplannedClass]
    /// Sessions of the planned classes that the plan placed (new, kept or moved).
    public var sessionsPlaced: Int
    public var sessionsCreated: Int
    public var sessionsKept: Int
    /// Sessions no longer in the plan (a class's module lost a session): cancelled, so calendars drop them.
    public var sessionsCancelled: Int
    public var moved: [PlannedMove]
    public var cost: PlanningCost
    public var iterations: Int
    /// The classes whose modules went in another order for the months people asked for, and why.
    public var preferredOrders: [PreferredOrder]
    /// False when nothing was written: a dry run, or a class that could not be planned.
    public var written: Bool
}

/// A class whose modules the planner took in another order for the months people asked for.
public struct PreferredOrder: Sendable, Equatable, Encodable {
    public var classCode: String
    /// Module codes in the order the planner took them.
    public var modules: [String]
    /// Worded in the reader's language; machine output has it in English.
    public var reason: Message

    private enum CodingKeys: String, CodingKey {
        case classCode, modules, reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(classCode, forKey: .classCode)
        try container.encode(modules, forKey: .modules)
        try container.encode(reason.description, forKey: .reason)
    }
}

/// A class the planner could not place whole, and why in staff's terms.
public struct UnplannedClass: Sendable, Equatable, Encodable {
    public var code: String
    /// Worded in the reader's language; machine output has them in English.
    public var reasons: [Message]

    private enum CodingKeys: String, CodingKey {
        case code, reasons
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(reasons.map(\.description), forKey: .reasons)
    }
}

/// A session that moves, with where it was and where it goes (`2026-05-04 sáng, HN/P1, GV01`).
public struct PlannedMove: Sendable, Equatable, Encodable {
    public var sessionID: Int
    public var classCode: String
    public var cohortCode: String
    public var moduleCode: String
    public var before: String
    public var after: String
}
