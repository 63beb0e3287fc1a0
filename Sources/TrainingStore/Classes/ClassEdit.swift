public import TrainingModel

/// What `classes edit` changes; a field left `nil` stays as it is.
public struct ClassEdit: Sendable {
    public var startsOn: CalendarDate?
    public var endsOn: CalendarDate?
    public var capacity: Int?
    /// Where it is held: a venue's code, or online.
    public var place: Place?

    public enum Place: Sendable, Equatable {
        case venue(String)
        case online
    }

    public init(startsOn: CalendarDate? = nil, endsOn: CalendarDate? = nil, capacity: Int? = nil, place: Place? = nil) {
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.capacity = capacity
        self.place = place
    }
}

/// What cancelling a class did.
public struct ClassCancellation: Sendable, Encodable {
    public var classCode: String
    public var reason: String
    /// Sessions that were planned or held and are now cancelled (feeds show them cancelled).
    public var sessionsCancelled: Int
    /// Seated or wait-listed delegates now withdrawn, their seats freed.
    public var delegatesWithdrawn: Int
    /// Attendance marks the class had; a cancellation with any was forced.
    public var attendanceMarks: Int

    public init(
        classCode: String, reason: String, sessionsCancelled: Int, delegatesWithdrawn: Int, attendanceMarks: Int
    ) {
        self.classCode = classCode
        self.reason = reason
        self.sessionsCancelled = sessionsCancelled
        self.delegatesWithdrawn = delegatesWithdrawn
        self.attendanceMarks = attendanceMarks
    }
}
