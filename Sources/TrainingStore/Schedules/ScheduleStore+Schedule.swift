import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ScheduleStore {
    /// The sessions of `subject` whose local date is within `from`…`to` (each optional), in time order, in
    /// the local time of each class's venue (Vietnam's for online classes). A delegate's are those of their
    /// seated enrollments (their cohort's, never cancelled ones; see ``DelegateTimetable``); the others include
    /// cancelled sessions, for the timetable to mark them.
    ///
    /// Local dates and times come from the one query `sessions list` uses (``SessionRecord``), class by class;
    /// this adds what a timetable prints beside them. A code that names nothing is a not-found error.
    public func schedule(
        of subject: ScheduleSubject, from: CalendarDate? = nil, to: CalendarDate? = nil
    ) async throws -> [ScheduledSession] {
        var filter = ScheduleFilter()
        switch subject {
        case .delegate(let code):
            return try await schedule(
                ofDelegateID: try await database.reports.reportDelegateID(code: code), from: from, to: to)
        case .trainingClass(let code):
            filter.classID = try await database.reports.reportClass(code: code).id
        case .lecturer(let code):
            filter.lecturerID = try await requireID(
                "SELECT id FROM lecturers WHERE code = \(code)",
                otherwise: StoreError(.notFound, "no lecturer has the code \(code)", remedy: .listLecturers))
        case .room(let venue, let room):
            filter.venueID = try await requireID(
                "SELECT id FROM venues WHERE code = \(venue)",
                otherwise: StoreError(.notFound, "no venue has the code \(venue)", remedy: .listVenues))
            if let room {
                filter.roomID = try await requireID(
                    "SELECT id FROM rooms WHERE venue_id = \(filter.venueID) AND code = \(room)",
                    otherwise: StoreError(.notFound, "venue \(venue) has no room \(room)", remedy: .listRooms))
            }
        }
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
            return sessions.sorted(by: ScheduledSession.timetableOrder)
        }
    }

    /// The timetable of the delegate with the database id `delegateID` (an ``Account``'s), as
    /// ``schedule(of:from:to:)`` gives it for `.delegate`: one prepared statement, for the service.
    public func schedule(
        ofDelegateID delegateID: Int, from: CalendarDate? = nil, to: CalendarDate? = nil
    ) async throws -> [ScheduledSession] {
        var sessions: [ScheduledSession] = []
        for try await session in try await client.execute(
            DelegateTimetable(delegateID: delegateID, from: from, to: to), logger: logger)
        {
            sessions.append(session)
        }
        return sessions.sorted(by: ScheduledSession.timetableOrder)
    }

}
