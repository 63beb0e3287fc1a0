/// How a delegate (or a whole class) was marked at the held sessions (buổi đã học) they were expected at.
///
/// `attended` comes from the database's one definition (present or late, `enrollment_progress`), not from
/// adding `present` and `late` here.
public struct AttendanceCounts: Hashable, Sendable, Codable {
    public var held: Int
    public var present: Int
    public var late: Int
    public var excused: Int
    public var absent: Int
    /// Held sessions nobody marked the delegate at.
    public var unmarked: Int
    public var attended: Int
    /// `attended` of `held`; `nil` before any session is held.
    public var attendedShare: Double?

    public init(held: Int, present: Int, late: Int, excused: Int, absent: Int, unmarked: Int, attended: Int) {
        self.held = held
        self.present = present
        self.late = late
        self.excused = excused
        self.absent = absent
        self.unmarked = unmarked
        self.attended = attended
        attendedShare = share(attended, of: held)
    }

    public static let zero = AttendanceCounts(
        held: 0, present: 0, late: 0, excused: 0, absent: 0, unmarked: 0, attended: 0)

    /// The counts of two delegates together; the share is recomputed from the sums, not averaged.
    public static func + (lhs: AttendanceCounts, rhs: AttendanceCounts) -> AttendanceCounts {
        AttendanceCounts(
            held: lhs.held + rhs.held, present: lhs.present + rhs.present, late: lhs.late + rhs.late,
            excused: lhs.excused + rhs.excused, absent: lhs.absent + rhs.absent,
            unmarked: lhs.unmarked + rhs.unmarked, attended: lhs.attended + rhs.attended)
    }
}
