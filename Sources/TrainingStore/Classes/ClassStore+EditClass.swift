import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ClassStore {
    /// Changes a class's window, capacity or place, refusing what would break what it already holds: a
    /// session outside the new window, fewer seats than delegates seated, a session in a room of the old
    /// venue. Raising the capacity seats the first wait-listed (the database's trigger does it).
    public func editClass(code: String, _ edit: ClassEdit, in transaction: Transaction) async throws {
        let connection = transaction.connection
        guard
            let (id, status, startsOn, endsOn, enrolled) = try await connection.query(
                """
                SELECT id, status, starts_on::text, ends_on::text, enrolled_count FROM classes
                WHERE code = \(code) FOR UPDATE
                """, logger: logger
            ).collect().first?.decode((Int, String, String, String, Int).self)
        else { throw StoreError.noClass(code) }
        guard status != "cancelled" && status != "closed" else {
            throw StoreError(
                .refused,
                status == "closed"
                    ? "class \(code) is closed; it cannot be edited; nothing was written"
                    : "class \(code) is cancelled; it cannot be edited; nothing was written")
        }
        var problems: [Message] = []
        let first = edit.startsOn?.description ?? startsOn
        let last = edit.endsOn?.description ?? endsOn
        if last < first { problems.append("the last day \(day: last) would be before the first day \(day: first)") }
        let outside = try await count(
            """
            SELECT count(*) FROM sessions s LEFT JOIN rooms r ON r.id = s.room_id LEFT JOIN venues v ON v.id = r.venue_id
            WHERE s.class_id = \(id) AND s.status <> 'cancelled'
              AND (lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'))::date
                  NOT BETWEEN \(first)::date AND \(last)::date
            """, on: connection)
        if outside > 0 {
            problems.append(
                "\(number: outside) session(s) fall outside \(day: first)…\(day: last); move or cancel them first "
                    + "(ttbd sessions list --class \(code))")
        }
        if let capacity = edit.capacity, capacity < enrolled {
            problems.append(
                "\(number: enrolled) delegates hold seats; the capacity cannot go below \(number: enrolled) "
                    + "(withdraw some first)")
        }
        if let capacity = edit.capacity {
            let reserved = try await count(
                """
                SELECT coalesce(sum(seats), 0) FROM class_reservations
                WHERE class_id = \(id) AND reserved_until >= reservation_day()
                """, on: connection)
            if capacity < reserved {
                problems.append(
                    "\(number: reserved) seats are reserved for provinces or bodies; the capacity cannot go below "
                        + "\(number: reserved) (remove or reduce the reservations first)")
            }
        }
        var venueID: Int?
        if let place = edit.place {
            let roomed = try await count(
                "SELECT count(*) FROM sessions WHERE class_id = \(id) AND status <> 'cancelled' AND room_id IS NOT NULL",
                on: connection)
            if roomed > 0 {
                problems.append(
                    "\(number: roomed) session(s) have rooms at the current place; replan them after the move, or "
                        + "cancel them first")
            }
            if case .venue(let venue) = place {
                venueID = try await connection.query("SELECT id FROM venues WHERE code = \(venue)", logger: logger)
                    .collect().first?.decode(Int.self)
                if venueID == nil { throw StoreError.noSuch("venue", code: venue) }
            }
        }
        guard problems.isEmpty else {
            let lines = Message.joined(problems.map { "  \($0)" }, separator: "\n")
            throw StoreError(.refused, "cannot edit class \(code); nothing was written:\n\(lines)")
        }
        let online = edit.place.map { $0 == .online }
        try await connection.query(
            """
            UPDATE classes SET
                starts_on = \(first)::date, ends_on = \(last)::date,
                capacity = coalesce(\(edit.capacity)::int, capacity),
                online = coalesce(\(online)::boolean, online),
                venue_id = CASE WHEN \(online)::boolean IS NULL THEN venue_id ELSE \(venueID)::int8 END
            WHERE id = \(id)
            """, logger: logger)
    }

    /// Cancels a class: its sessions cancelled (feeds show them so), its delegates withdrawn and their seats
    /// freed, the reason kept. A class whose attendance was taken is refused unless `force`.
    public func cancelClass(code: String, reason: String, force: Bool, in transaction: Transaction) async throws
        -> ClassCancellation
    {
        let connection = transaction.connection
        guard
            let (id, status) = try await connection.query(
                "SELECT id, status FROM classes WHERE code = \(code) FOR UPDATE", logger: logger
            ).collect().first?.decode((Int, String).self)
        else { throw StoreError.noClass(code) }
        guard status != "cancelled" else {
            throw StoreError(.refused, "class \(code) is already cancelled; nothing was written")
        }
        let marks = try await count(
            "SELECT count(*) FROM attendance m JOIN sessions s ON s.id = m.session_id WHERE s.class_id = \(id)",
            on: connection)
        if marks > 0 && !force {
            throw StoreError(
                .refused,
                "class \(code) has \(number: marks) attendance marks; cancelling it would void them. Give --force to "
                    + "cancel anyway (the audit trail records it); nothing was written")
        }
        // The class is cancelled first, so withdrawing its seated delegates seats nobody from its wait list.
        try await connection.query(
            """
            UPDATE classes SET status = 'cancelled', cancellation_reason = \(reason.precomposedStringWithCanonicalMapping)
            WHERE id = \(id)
            """, logger: logger)
        let sessions = try await count(
            """
            WITH cancelled AS (
                UPDATE sessions SET status = 'cancelled' WHERE class_id = \(id) AND status <> 'cancelled' RETURNING 1)
            SELECT count(*) FROM cancelled
            """, on: connection)
        let withdrawn = try await count(
            """
            WITH withdrawn AS (
                UPDATE enrollments SET status = 'withdrawn', updated_at = clock_timestamp()
                WHERE class_id = \(id) AND status IN ('waitlisted', 'enrolled') RETURNING 1)
            SELECT count(*) FROM withdrawn
            """, on: connection)
        return ClassCancellation(
            classCode: code, reason: reason, sessionsCancelled: sessions, delegatesWithdrawn: withdrawn,
            attendanceMarks: marks)
    }

}
