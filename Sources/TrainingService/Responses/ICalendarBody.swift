import Foundation
import Hummingbird
import TrainingModel
import TrainingStore

/// Sessions as an RFC 5545 document, for calendar apps: each session one event whose UID never changes
/// and whose SEQUENCE is its revision.
struct ICalendarBody: Sendable {
    let sessions: [ScheduledSession]
    /// DTSTAMP: when the document was made.
    let stamp: Date
    /// The language of the events' descriptions.
    let language: Language

    func response() -> Response {
        let text = ICalendar(events: sessions.map { $0.calendarEvent(in: language) }).render(stamp: stamp)
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
