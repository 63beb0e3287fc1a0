import Foundation
import Logging
import PostgresNIO
public import TrainingModel

extension Database {
    /// The sessions of `subject` whose local date is within `from`…`to` (each optional), in time order, in
    /// the local time of each class's venue (Vietnam's for online classes). A delegate's are those of their
    /// seated enrollments (`enrollment_sessions`: their cohort's, never cancelled ones); the others include
    /// cancelled sessions, for the timetable to mark them.
    ///
    /// Local dates and times come from the one query `sessions list` uses (``SessionRecord``), class by class;
    /// this adds what a timetable prints beside them.
    public func schedule(
        of subject: ScheduleSubject, from: CalendarDate? = nil, to: CalendarDate? = nil
    ) async throws -> [ScheduledSession] {
        let filter = try await scheduleFilter(subject)
        let logger = self.logger
        return try await withConnection { connection in
            let details = try await ScheduleDetail.query(filter, on: connection, logger: logger)
            var sessions: [ScheduledSession] = []
            for classID in Set(details.values.map(\.classID)).sorted() {
                let records = try await SessionRecord.query(
                    classID: classID, from: from, to: to, on: connection, logger: logger)
                for record in records {
                    guard let detail = details[record.id] else { continue }
                    sessions.append(
                        ScheduledSession(
                            session: record, moduleTitle: detail.moduleTitle, startsAt: detail.startsAt,
                            endsAt: detail.endsAt, roomName: detail.roomName, venueName: detail.venueName,
                            lecturerNames: detail.lecturerNames))
                }
            }
            return sessions.sorted {
                ($0.startsAt, $0.session.classCode, $0.session.cohortCode, $0.session.id)
                    < ($1.startsAt, $1.session.classCode, $1.session.cohortCode, $1.session.id)
            }
        }
    }

    /// The ids `subject` names, or a not-found error that says which code names nothing.
    private func scheduleFilter(_ subject: ScheduleSubject) async throws -> ScheduleFilter {
        var filter = ScheduleFilter()
        switch subject {
        case .trainingClass(let code):
            filter.classID = try await reportClass(code: code).id
        case .delegate(let code):
            filter.delegateID = try await reportDelegateID(code: code)
        case .lecturer(let code):
            filter.lecturerID = try await scheduleID(
                "SELECT id FROM lecturers WHERE code = \(code)",
                otherwise: "no lecturer has the code \(code); `ttbd lecturers list` shows the lecturers")
        case .room(let venue, let room):
            filter.venueID = try await scheduleID(
                "SELECT id FROM venues WHERE code = \(venue)",
                otherwise: "no venue has the code \(venue); `ttbd venues list` shows the venues")
            if let room {
                filter.roomID = try await scheduleID(
                    "SELECT id FROM rooms WHERE venue_id = \(filter.venueID) AND code = \(room)",
                    otherwise: "venue \(venue) has no room \(room); `ttbd rooms list` shows the rooms")
            }
        }
        return filter
    }

    private func scheduleID(_ query: PostgresQuery, otherwise message: String) async throws -> Int {
        guard let row = try await client.query(query, logger: logger).collect().first else {
            throw StoreError(.notFound, message)
        }
        return try row.decode(Int.self)
    }
}
