import Foundation
import TrainingModel

/// Where on the calendar a session goes: its local day and hours at its venue, and the instants they are.
struct SessionSlot {
    var date: CalendarDate
    var hours: ClockRange
    var start: Date
    var end: Date

    /// `2026-05-04 07:30–11:30`.
    var description: String { wording.description }

    /// `2026-05-04 07:30–11:30`, the day written as the reader's language writes it.
    var wording: Message { "\(day: date) \(hours)" }
}

/// What a session will occupy once written: checked for double bookings by the database, and named back
/// to the person when it refuses.
struct SessionProposal {
    /// The session being moved; `nil` for a new one.
    var sessionID: Int?
    var classCode: String
    var cohortID: Int
    var cohortCode: String
    var roomID: Int?
    var roomName: String?
    var lecturerIDs: [Int]
    var slot: SessionSlot
}
