import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension SessionStore {
    /// Adds a pinned session after checking every rule (see ``SessionPlanner``); a double booking is refused
    /// naming the session in the way.
    public func addSession(_ request: SessionRequest, in transaction: Transaction) async throws -> SessionRecord {
        let connection = transaction.connection
        let planner = try await SessionPlanner(classCode: request.classCode, on: connection, logger: logger)
        let cohort = try await planner.cohort(code: request.cohortCode)
        try await planner.checkModule(request.moduleCode)
        let slot = try await planner.slot(date: request.date, times: request.times)
        let room = try await planner.room(code: request.roomCode, during: slot)
        let lecturers = try await planner.lecturers(
            codes: Array(Set(request.lecturerCodes)).sorted(), teaching: request.moduleCode)
        try await planner.checkAvailable(lecturers: lecturers, during: slot)
        let proposal = SessionProposal(
            classCode: planner.place.code, cohortID: cohort.id, cohortCode: cohort.code, roomID: room?.id,
            roomName: room?.name, lecturerIDs: lecturers, slot: slot)
        let id = try await planner.guardingConflicts(proposal) {
            let id = try await connection.query(
                """
                INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during, pinned)
                VALUES (\(planner.place.id), \(cohort.id), \(request.moduleCode), \(room?.id),
                        tstzrange(\(slot.start), \(slot.end), '[)'), true)
                RETURNING id
                """, logger: logger
            ).collect()[0].decode(Int.self)
            try await connection.query(
                """
                INSERT INTO session_lecturers (session_id, lecturer_id)
                SELECT \(id), unnest(\(lecturers)::bigint[])
                """, logger: logger)
            return id
        }
        return try await Self.record(id: id, on: connection, logger: logger)
    }

    /// Moves a planned session to another day, hours or room, checking the rules as ``addSession(_:)`` does
    /// for its lecturers at the new time. Returns it before and after.
    public func moveSession(id: Int, to move: SessionMove, in transaction: Transaction) async throws -> (
        before: SessionRecord, after: SessionRecord
    ) {
        let connection = transaction.connection
        let session = try await LockedSession.lock(id: id, on: connection, logger: logger)
        let before = session.record
        let planner = try await SessionPlanner(classCode: before.classCode, on: connection, logger: logger)
        guard let today = CalendarDate(parsing: before.date),
            let hours = ClockRange(parsing: "\(before.start)-\(before.end)")
        else {
            throw StoreError(.inconsistentData, "session \(id) has a time that does not read: \(before.wording)")
        }
        let slot = try await planner.slot(date: move.date ?? today, times: move.times ?? .hours(hours))
        let room = try await planner.room(code: move.roomCode ?? session.roomCode, during: slot)
        try await planner.checkAvailable(lecturers: session.lecturerIDs, during: slot)
        let proposal = SessionProposal(
            sessionID: id, classCode: before.classCode, cohortID: session.cohortID, cohortCode: before.cohortCode,
            roomID: room?.id, roomName: room?.name, lecturerIDs: session.lecturerIDs, slot: slot)
        _ = try await planner.guardingConflicts(proposal) {
            try await connection.query(
                """
                UPDATE sessions SET during = tstzrange(\(slot.start), \(slot.end), '[)'), room_id = \(room?.id),
                                    pinned = true
                WHERE id = \(id)
                """, logger: logger)
        }
        return (before, try await Self.record(id: id, on: connection, logger: logger))
    }

    /// Cancels a planned session; its lecturers and room are free again at that time.
    public func cancelSession(id: Int, reason: String?, in transaction: Transaction) async throws -> SessionRecord {
        let connection = transaction.connection
        let session = try await LockedSession.lock(id: id, on: connection, logger: logger)
        _ = try await SessionPlanner(classCode: session.record.classCode, on: connection, logger: logger)
        try await connection.query(
            "UPDATE sessions SET status = 'cancelled', cancel_reason = \(reason?.nfc) WHERE id = \(id)",
            logger: logger)
        return try await Self.record(id: id, on: connection, logger: logger)
    }

    private static func record(id: Int, on connection: PostgresConnection, logger: Logger) async throws
        -> SessionRecord
    {
        guard let record = try await SessionRecord.find(id: id, on: connection, logger: logger) else {
            throw StoreError(.inconsistentData, "session \(id) is missing right after it was written")
        }
        return record
    }
}
