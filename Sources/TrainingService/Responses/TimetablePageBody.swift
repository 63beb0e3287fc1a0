import Hummingbird
import TrainingModel
import TrainingStore

/// A page of a timetable as JSON, the same bytes ``JSONBody`` would send for it, written field by field.
///
/// `GET /v1/me/schedule` is the service's busiest request, and Foundation's generic encoder took a third of
/// the service's time there. A test holds the two writers to the same bytes, so the fields below follow
/// ``ScheduledSession``'s `Codable` keys, sorted, with `room` left out when there is none.
struct TimetablePageBody {
    let page: Page<ScheduledSession>

    func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: bytes))
    }

    var bytes: ByteBuffer {
        var json = JSONBytes(capacity: 256 + 640 * page.items.count)
        json.beginObject()
        json.key("items")
        json.beginArray()
        for item in page.items { write(item, to: &json) }
        json.endArray()
        json.key("nextCursor")
        json.string(page.nextCursor)
        json.endObject()
        return json.buffer
    }

    private func write(_ item: ScheduledSession, to json: inout JSONBytes) {
        let session = item.session
        json.beginObject()
        json.key("classCode")
        json.string(session.classCode)
        json.key("cohortCode")
        json.string(session.cohortCode)
        json.key("date")
        json.string(session.date)
        json.key("end")
        json.string(session.end)
        json.key("endsAt")
        json.instant(item.endsAt)
        json.key("halfDay")
        json.string(session.halfDay.rawValue)
        json.key("id")
        json.int(session.id)
        json.key("lecturerNames")
        json.strings(item.lecturerNames)
        json.key("lecturers")
        json.strings(session.lecturers)
        json.key("moduleCode")
        json.string(session.moduleCode)
        json.key("moduleTitle")
        json.string(item.moduleTitle)
        json.key("pinned")
        json.bool(session.pinned)
        json.key("revision")
        json.int(session.revision)
        if let room = session.room {
            json.key("room")
            json.string(room)
        }
        json.key("roomName")
        json.string(item.roomName)
        json.key("start")
        json.string(session.start)
        json.key("startsAt")
        json.instant(item.startsAt)
        json.key("status")
        json.string(session.status.rawValue)
        json.key("venueName")
        json.string(item.venueName)
        json.endObject()
    }
}
