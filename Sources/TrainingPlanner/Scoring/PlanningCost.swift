public import TrainingModel

/// How good a plan is, constraint by constraint, and how much of it breaks a hard rule. Plans compare by the hard
/// units first (the sessions left out), then by the soft total.
public struct PlanningCost: Sendable, Equatable, Comparable, Encodable {
    /// One constraint's share.
    public struct Component: Sendable, Equatable {
        public var name: Message
        public var isHard: Bool
        public var weight: Int
        public var unitKey: String
        public var unitLabel: Message
        /// Units of the rule broken; ``cost`` is this times ``weight``.
        public var units: Int
        public var cost: Int
        /// Empty when the plan was scored without justifications (inside the search).
        public var penalties: [PlanningPenalty]
    }

    public var components: [Component]

    public init(components: [Component] = []) {
        self.components = components
    }

    /// The units of the hard constraints: a usable plan has none.
    public var hardUnits: Int { components.filter(\.isHard).reduce(0) { $0 + $1.units } }

    /// The weighted total of the soft constraints.
    public var total: Int { components.filter { !$0.isHard }.reduce(0) { $0 + $1.cost } }

    /// The units of the named constraint, 0 when it is not part of the cost.
    public func units(of name: Message) -> Int { components.first { $0.name == name }?.units ?? 0 }

    /// The weighted cost of the named constraint, 0 when it is not part of the cost.
    public func cost(of name: Message) -> Int { components.first { $0.name == name }?.cost ?? 0 }

    /// The units of a constraint, 0 when it is not part of the cost.
    public func units(of constraint: some PlanningConstraint) -> Int { units(of: constraint.name) }

    /// Each soft constraint's units and weighted share of ``total``, for the summary staff read.
    public var byKind: [(kind: Message, count: Int, cost: Int)] {
        components.filter { !$0.isHard }.map { ($0.unitLabel, $0.units, $0.cost) }
    }

    /// Every penalty of the hard constraints: what makes the plan unusable.
    public var hardPenalties: [PlanningPenalty] { components.filter(\.isHard).flatMap(\.penalties) }

    public static func < (lhs: PlanningCost, rhs: PlanningCost) -> Bool {
        (lhs.hardUnits, lhs.total) < (rhs.hardUnits, rhs.total)
    }

    /// `{"unplacedSessions": 0, "lateness": 12, "travelDays": 1, …}`: each constraint's units under its key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: UnitKey.self)
        for component in components { try container.encode(component.units, forKey: UnitKey(component.unitKey)) }
    }

    private struct UnitKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
