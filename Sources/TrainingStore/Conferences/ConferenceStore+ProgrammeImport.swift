import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Replaces the conference's programme with `sessions`, numbered by day and start. A session that starts on
    /// the same day at the same time as one of `sessions` is kept (its marks with it) and takes that one's end,
    /// title, speaker and number; the others go, and the new ones are added. Refused, changing nothing, when a
    /// session that would go has attendance: the marks would go with it. `file` names the source in the refusal.
    public func replaceProgramme(
        conference: String, with sessions: [ProgrammeSession], from file: String, in transaction: Transaction
    ) async throws -> ProgrammeChanges {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let existing = try await connection.query(
            """
            SELECT s.id, s.number, s.title, s.speaker,
                   to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI'),
                   to_char(upper(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI'),
                   (SELECT count(*)::int FROM conference_attendance a WHERE a.conference_session_id = s.id)
            FROM conference_sessions s WHERE s.conference_id = \(id) ORDER BY s.number
            """, logger: logger
        ).collect().map { try $0.decode((Int, Int, String, String?, String, String, Int).self) }
        let programme = sessions.sorted { ($0.day, $0.starts) < ($1.day, $1.starts) }
        let wanted = Dictionary(
            programme.enumerated().map { ("\($1.day) \($1.starts)", (number: $0 + 1, session: $1)) },
            uniquingKeysWith: { first, _ in first })
        let going = existing.filter { wanted[$0.4] == nil }
        if let marked = going.first(where: { $0.6 > 0 }) {
            let (day, time) = (String(marked.4.prefix(10)), String(marked.4.suffix(5)))
            throw StoreError(
                .refused,
                "session \(marked.1) \(marked.2) of conference \(conference), on \(day: day) at \(time), has attendance of \(number: marked.6) delegates and \(file) has no session then; expected every session with attendance kept at its day and start; nothing was changed"
                    as Message)
        }
        var kept: [(id: Int, number: Int, session: ProgrammeSession)] = []
        var unchanged = 0
        for (sessionID, number, title, speaker, start, end, _) in existing {
            guard let (newNumber, session) = wanted[start] else { continue }
            if newNumber == number && session.title == title && session.speaker == speaker
                && session.ends.description == end
            {
                unchanged += 1
            } else {
                kept.append((sessionID, newNumber, session))
            }
        }
        let held = Set(existing.map(\.4))
        let added = programme.enumerated().filter { !held.contains("\($1.day) \($1.starts)") }
        try await connection.query(
            "DELETE FROM conference_sessions WHERE id = ANY(\(going.map(\.0))::bigint[])", logger: logger)
        try await write(.update, conference: id, kept.map { ($0.id, $0.number, $0.session) }, on: connection)
        try await write(.insert, conference: id, added.map { (nil, $0.offset + 1, $0.element) }, on: connection)
        return ProgrammeChanges(added: added.count, changed: kept.count, unchanged: unchanged, removed: going.count)
    }

    /// The two writes of a programme's sessions, each reading `programme` (see ``write(_:conference:_:on:)``).
    private enum ProgrammeWrite: String {
        case update = """
            UPDATE conference_sessions s SET number = x.number, title = x.title, speaker = x.speaker, during = x.during
            FROM programme x WHERE s.id = x.id AND s.conference_id = x.conference_id
            """
        case insert = """
            INSERT INTO conference_sessions (conference_id, number, title, speaker, during)
            SELECT conference_id, number, title, speaker, during FROM programme
            """
    }

    /// Runs `statement` over `programme (conference_id, id, number, title, speaker, during)` made of `rows`, each
    /// session's range in Vietnam's time.
    private func write(
        _ statement: ProgrammeWrite, conference: Int, _ rows: [(id: Int?, number: Int, session: ProgrammeSession)],
        on connection: PostgresConnection
    ) async throws {
        guard !rows.isEmpty else { return }
        // Arrays bind without NULLs: 0 is no session's id (a new one), '' no speaker.
        let ids = rows.map { $0.id ?? 0 }
        let numbers = rows.map(\.number)
        let titles = rows.map(\.session.title)
        let speakers = rows.map { $0.session.speaker ?? "" }
        let days = rows.map(\.session.day.description)
        let starts = rows.map(\.session.starts.description)
        let ends = rows.map(\.session.ends.description)
        try await connection.query(
            """
            WITH programme AS (
                SELECT \(conference)::bigint AS conference_id, id, number, title, nullif(speaker, '') AS speaker,
                       tstzrange((day::date + starts::time) AT TIME ZONE 'Asia/Ho_Chi_Minh',
                                 (day::date + ends::time) AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)') AS during
                FROM unnest(\(ids)::bigint[], \(numbers)::int[], \(titles)::text[], \(speakers)::text[],
                            \(days)::text[], \(starts)::text[], \(ends)::text[])
                     AS x(id, number, title, speaker, day, starts, ends))
            \(unescaped: statement.rawValue)
            """, logger: logger)
    }
}
