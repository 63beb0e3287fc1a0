import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Registers delegates for a conference, each by their own body, all or none. Refused: a candidate, a
    /// delegate whose body is not invited, one already registered, and more delegates of a body than its seats. The
    /// conference's row is locked before counting, so concurrent registrations take turns; the invitation's
    /// CHECK holds the seats even for a writer that skips this function.
    public func register(
        conference: String, delegates: [String], in transaction: Transaction
    ) async throws -> [ConferenceRegistration] {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let candidates = try await connection.query(
            """
            SELECT x.code, d.id, d.full_name, b.name, d.body_id, i.body_id IS NOT NULL,
                   EXISTS (SELECT 1 FROM conference_registrations r
                           WHERE r.conference_id = \(id) AND r.delegate_id = d.id),
                   d.standing = 'candidate'
            FROM unnest(\(delegates)::text[]) WITH ORDINALITY AS x(code, n)
            LEFT JOIN delegates d ON d.code = x.code
            LEFT JOIN bodies b ON b.id = d.body_id
            LEFT JOIN conference_invitations i ON i.conference_id = \(id) AND i.body_id = d.body_id
            ORDER BY x.n
            """, logger: logger
        ).collect().map { try $0.decode((String, Int?, String?, String?, Int?, Bool, Bool, Bool?).self) }
        var registrations: [ConferenceRegistration] = []
        for (code, delegate, name, body, _, invited, registered, candidate) in candidates {
            guard delegate != nil, let name, let body else { throw StoreError.noDelegate(code) }
            // The councils' standing committees meet here; a candidate is on none yet (migration 0043 holds it).
            guard candidate != true else {
                throw StoreError(
                    .refused,
                    "\(code) \(name) is a candidate, not a delegate; conferences register delegates only; nothing was registered"
                        as Message)
            }
            guard invited else {
                throw StoreError(
                    .refused,
                    "delegate \(code) \(name) belongs to \(body), which is not invited to conference \(conference); nothing was registered"
                        as Message)
            }
            guard !registered else {
                throw StoreError(
                    .refused,
                    "delegate \(code) \(name) is already registered for conference \(conference); nothing was registered"
                        as Message)
            }
            registrations.append(ConferenceRegistration(delegateCode: code, fullName: name, body: body))
        }
        try await checkSeats(conference: conference, id: id, bodies: candidates.compactMap(\.4), in: transaction)
        try await connection.query(
            """
            INSERT INTO conference_registrations (conference_id, delegate_id)
            SELECT \(id), unnest(\(candidates.compactMap(\.1))::bigint[])
            """, logger: logger)
        return registrations
    }

    /// Refuses registering delegates of `bodies` (one entry per delegate) beyond any body's seats; the caller
    /// holds the conference's lock, so the counts stay as read.
    private func checkSeats(conference: String, id: Int, bodies: [Int], in transaction: Transaction) async throws {
        let asked = Dictionary(bodies.map { ($0, 1) }, uniquingKeysWith: +)
        let rows = try await transaction.connection.query(
            """
            SELECT i.body_id, b.name, i.seats, i.registered_count
            FROM conference_invitations i JOIN bodies b ON b.id = i.body_id
            WHERE i.conference_id = \(id) AND i.body_id = ANY(\(Array(asked.keys))::bigint[])
            ORDER BY i.body_id
            """, logger: logger
        ).collect()
        for row in rows {
            let (body, name, seats, taken) = try row.decode((Int, String, Int?, Int).self)
            guard let seats, taken + asked[body, default: 0] > seats else { continue }
            throw StoreError(
                .refused,
                "\(name) has \(number: seats) seats at conference \(conference): \(number: taken) taken, \(number: asked[body, default: 0]) more asked; nothing was registered"
                    as Message)
        }
    }

    /// Marks registered delegates present at one session of the programme; a mark already made stays. Returns
    /// how many marks are new. Refused, marking nobody: a delegate not registered for the conference.
    public func markAttendance(
        conference: String, session: Int, delegates: [String], in transaction: Transaction
    ) async throws -> Int {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let sessionID = try await connection.query(
            "SELECT id FROM conference_sessions WHERE conference_id = \(id) AND number = \(session)", logger: logger
        ).collect().first?.decode(Int.self)
        guard let sessionID else {
            throw StoreError(.notFound, "conference \(conference) has no session \(session)" as Message)
        }
        let candidates = try await connection.query(
            """
            SELECT x.code, d.id, d.full_name, r.delegate_id IS NOT NULL
            FROM unnest(\(delegates)::text[]) WITH ORDINALITY AS x(code, n)
            LEFT JOIN delegates d ON d.code = x.code
            LEFT JOIN conference_registrations r ON r.conference_id = \(id) AND r.delegate_id = d.id
            ORDER BY x.n
            """, logger: logger
        ).collect().map { try $0.decode((String, Int?, String?, Bool).self) }
        for (code, delegate, name, registered) in candidates {
            guard delegate != nil, let name else { throw StoreError.noDelegate(code) }
            guard registered else {
                throw StoreError(
                    .refused,
                    "delegate \(code) \(name) is not registered for conference \(conference); only registered delegates attend, and no one was marked"
                        as Message)
            }
        }
        return try await count(
            """
            WITH marked AS (
                INSERT INTO conference_attendance (conference_session_id, conference_id, delegate_id)
                SELECT \(sessionID), \(id), unnest(\(candidates.compactMap(\.1))::bigint[])
                ON CONFLICT DO NOTHING
                RETURNING 1)
            SELECT count(*)::int FROM marked
            """, on: connection)
    }
}
