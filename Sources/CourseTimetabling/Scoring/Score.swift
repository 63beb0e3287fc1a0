/// The score of a timetable: hard violations and soft cost, broken down by constraint, each with the
/// penalties that make it up.
public struct Score: Hashable, Sendable, CustomStringConvertible {
    /// One constraint's share.
    public struct Component: Hashable, Sendable {
        public var name: String
        public var isHard: Bool
        public var cost: Int
        public var penalties: [Penalty]
    }

    public var components: [Component]

    public var hardViolations: Int { components.filter(\.isHard).reduce(0) { $0 + $1.cost } }
    public var softCost: Int { components.filter { !$0.isHard }.reduce(0) { $0 + $1.cost } }
    public var isFeasible: Bool { hardViolations == 0 }

    /// The cost of the named constraint, 0 when it is not part of the score.
    public func cost(of name: String) -> Int {
        components.first { $0.name == name }?.cost ?? 0
    }

    /// Every penalty of the hard constraints, which is what makes a timetable unusable.
    public var hardPenalties: [Penalty] { components.filter(\.isHard).flatMap(\.penalties) }

    /// `hard 0, soft 12 (room capacity 4, minimum working days 5, …)`.
    public var description: String {
        let parts = components.filter { !$0.isHard }.map { "\($0.name) \($0.cost)" }
        return "hard \(hardViolations), soft \(softCost) (\(parts.joined(separator: ", ")))"
    }
}
