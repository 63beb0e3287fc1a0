/// Whose timetable to show: a class, a delegate (the sessions of their seated enrollments), a lecturer, or a
/// room (a venue's rooms when no room is named).
public enum ScheduleSubject: Sendable, Equatable {
    case trainingClass(String)
    case delegate(String)
    case lecturer(String)
    case room(venue: String, room: String?)
}

/// The database ids a subject other than a delegate names, each `nil` when it does not filter.
struct ScheduleFilter {
    var classID: Int?
    var lecturerID: Int?
    var venueID: Int?
    var roomID: Int?
}
