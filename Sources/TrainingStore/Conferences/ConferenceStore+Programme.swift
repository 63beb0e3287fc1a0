import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Adds a session to the conference's programme, on one of its days, in Vietnam's time; returns its number.
    public func addSession(
        conference: String, title: String, speaker: String?, day: CalendarDate, from: ClockTime, to: ClockTime,
        in transaction: Transaction
    ) async throws -> Int {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let (startsOn, endsOn) = try await connection.query(
            "SELECT starts_on::text, ends_on::text FROM conferences WHERE id = \(id)", logger: logger
        ).collect().first!.decode((String, String).self)
        guard startsOn <= day.description, day.description <= endsOn else {
            throw StoreError(
                .refused,
                "\(day: day) is not a day of conference \(conference), which runs \(day: startsOn) to \(day: endsOn)"
                    as Message)
        }
        return try await connection.query(
            """
            INSERT INTO conference_sessions (conference_id, number, title, speaker, during)
            SELECT \(id), coalesce(max(number), 0) + 1, \(title), \(speaker),
                   tstzrange((\(day.description)::date + \(from.description)::time) AT TIME ZONE 'Asia/Ho_Chi_Minh',
                             (\(day.description)::date + \(to.description)::time) AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)')
            FROM conference_sessions WHERE conference_id = \(id)
            RETURNING number
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }

    /// Invites the HĐND of each province (beside the region's, invited when the conference opened) or changes
    /// the seats of one already invited; `seats` `nil`: no limit. Returns the bodies' names.
    public func invite(
        conference: String, provinces: [String], seats: Int?, in transaction: Transaction
    ) async throws -> [String] {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let found = try await connection.query(
            """
            SELECT x.code, b.id, b.name
            FROM unnest(\(provinces)::text[]) WITH ORDINALITY AS x(code, n)
            LEFT JOIN bodies b ON b.kind = 'province_council' AND b.province_code = x.code
            ORDER BY x.n
            """, logger: logger
        ).collect().map { try $0.decode((String, Int?, String?).self) }
        if let unknown = found.first(where: { $0.1 == nil }) {
            throw StoreError(
                .notFound, "no province has the code \(unknown.0)" as Message, remedy: .importCatalog(of: "provinces"))
        }
        let bodies = found.compactMap(\.1)
        do {
            try await connection.query(
                """
                INSERT INTO conference_invitations (conference_id, body_id, seats)
                SELECT \(id), b, \(seats) FROM unnest(\(bodies)::bigint[]) AS b
                ON CONFLICT (conference_id, body_id) DO UPDATE SET seats = EXCLUDED.seats
                WHERE conference_invitations.seats IS DISTINCT FROM EXCLUDED.seats
                """, logger: logger)
        } catch let error where DatabaseFailure.sqlState(of: error) == "23514" {
            throw StoreError(
                .refused,
                "a body already has more delegates registered for conference \(conference) than \(number: seats ?? 0) seats"
                    as Message)
        }
        return found.compactMap(\.2)
    }
}
