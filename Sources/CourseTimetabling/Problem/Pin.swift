/// A lecture of a course fixed in a period, and in a room when one is given; the solver keeps it there.
public struct Pin: Hashable, Sendable {
    public var course: Int
    public var period: Int
    /// `nil` lets the solver choose the room within the pinned period.
    public var room: Int?

    public init(course: Int, period: Int, room: Int? = nil) {
        self.course = course
        self.period = period
        self.room = room
    }
}
