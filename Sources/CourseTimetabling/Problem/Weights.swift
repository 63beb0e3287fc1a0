/// The weights of the soft constraints. ``ud2`` is the ITC-2007 CB-CTT formulation.
public struct Weights: Hashable, Sendable {
    /// Per student over a room's capacity, per lecture.
    public var roomCapacity: Int
    /// Per day missing below a course's minimum working days.
    public var minimumWorkingDays: Int
    /// Per lecture of a curriculum with no lecture of the same curriculum in an adjacent slot that day.
    public var isolatedLecture: Int
    /// Per room a course uses beyond the first.
    public var roomStability: Int
    /// Multiplies ``Course/periodCosts``.
    public var preference: Int
    /// Per lecture moved away from the periods of the previous timetable when re-planning.
    public var movedLecture: Int

    public init(
        roomCapacity: Int = 1,
        minimumWorkingDays: Int = 5,
        isolatedLecture: Int = 2,
        roomStability: Int = 1,
        preference: Int = 1,
        movedLecture: Int = 10
    ) {
        self.roomCapacity = roomCapacity
        self.minimumWorkingDays = minimumWorkingDays
        self.isolatedLecture = isolatedLecture
        self.roomStability = roomStability
        self.preference = preference
        self.movedLecture = movedLecture
    }

    /// ITC-2007 track 3 (UD2): capacity 1, minimum working days 5, isolated lectures 2, room stability 1.
    public static let ud2 = Weights()
}
