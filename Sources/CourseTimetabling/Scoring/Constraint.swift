/// One rule of a timetable, scored on its own so that a score explains itself and each rule can be tested
/// alone (the Timefold habit).
public protocol Constraint: Sendable {
    var name: String { get }
    /// Hard rules make a timetable unusable; their cost counts violations, not weights.
    var isHard: Bool { get }
    func penalties(in context: ScoringContext) -> [Penalty]
}
