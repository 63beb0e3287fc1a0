/// Where each lecture of a ``Problem`` is: one placement per lecture, in lecture order, `nil` for a lecture
/// left out.
public struct Timetable: Hashable, Sendable {
    public var placements: [Placement?]

    public init(placements: [Placement?]) {
        self.placements = placements
    }

    /// A timetable of the problem with no lecture placed.
    public init(empty problem: Problem) {
        self.placements = Array(repeating: nil, count: problem.lectureCount)
    }
}
