/// A reason, found before searching, why no timetable can satisfy every hard constraint: which events,
/// resources and periods are involved, in words a planner can act on.
public struct FeasibilityIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// A course has more lectures than periods it may be taught in.
        case courseOverloaded
        /// A lecturer teaches more lectures than periods they are available.
        case lecturerOverloaded
        /// A curriculum (cohort) has more lectures than periods.
        case curriculumOverloaded
        /// More lectures than (period, room) places.
        case roomsOverloaded
        /// Pinned lectures that cannot all be where they are pinned.
        case pinConflict
        /// A pin that names a period, room or course that does not exist, or more pins than lectures.
        case pinInvalid
    }

    public var kind: Kind
    public var message: String
    public var courses: [String]
    public var resources: [String]
    public var periods: [Int]
    /// Whether the solver cannot even build a timetable with every lecture in a room, so it does not try;
    /// otherwise it searches for the timetable with the fewest violations.
    public var preventsSearch: Bool

    public init(
        _ kind: Kind, _ message: String, courses: [String], resources: [String] = [], periods: [Int] = [],
        preventsSearch: Bool? = nil
    ) {
        self.kind = kind
        self.message = message
        self.courses = courses
        self.resources = resources
        self.periods = periods
        self.preventsSearch = preventsSearch ?? (kind == .roomsOverloaded || kind == .pinInvalid)
    }

    public var description: String { message }
}
