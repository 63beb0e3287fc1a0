import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Conferences by first day, of one region or all; `code` picks one.
    public func conferences(
        region: String? = nil, code: String? = nil, in transaction: Transaction? = nil
    ) async throws -> [ConferenceSummary] {
        let rows = try await self.rows(
            """
            SELECT c.code, c.title, r.code, r.name, p.code, p.name, c.venue, c.starts_on::text, c.ends_on::text,
                   c.seats_per_body,
                   (SELECT count(*)::int FROM conference_invitations i WHERE i.conference_id = c.id),
                   (SELECT count(*)::int FROM conference_registrations g WHERE g.conference_id = c.id)
            FROM conferences c JOIN regions r ON r.code = c.region_code JOIN provinces p ON p.code = c.host_province_code
            WHERE (\(region)::text IS NULL OR c.region_code = \(region))
              AND (\(code)::text IS NULL OR c.code = \(code))
            ORDER BY c.starts_on, c.code
            """, in: transaction)
        var conferences: [ConferenceSummary] = []
        for try await row in rows {
            let (code, title, region, regionName, host, hostName, venue, starts, ends, seats, invited, registered) =
                try row.decode(
                    (String, String, String, String, String, String, String, String, String, Int?, Int, Int).self)
            conferences.append(
                ConferenceSummary(
                    code: code, title: title, regionCode: region, regionName: regionName, hostProvinceCode: host,
                    hostProvinceName: hostName, venue: venue, startsOn: starts, endsOn: ends, seatsPerBody: seats,
                    bodiesInvited: invited, delegatesRegistered: registered))
        }
        return conferences
    }

    /// One conference with its programme and invited bodies.
    public func conference(code: String) async throws -> ConferenceDetail {
        guard let summary = try await conferences(code: code).first else { throw StoreError.noConference(code) }
        let sessions = try await client.query(
            """
            SELECT s.number, s.title, s.speaker,
                   to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD'),
                   to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI'),
                   to_char(upper(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI')
            FROM conference_sessions s JOIN conferences c ON c.id = s.conference_id
            WHERE c.code = \(code) ORDER BY lower(s.during), s.number
            """, logger: logger
        ).collect().map {
            let (number, title, speaker, day, starts, ends) = try $0.decode(
                (Int, String, String?, String, String, String).self)
            return ConferenceDetail.Session(
                number: number, title: title, speaker: speaker, day: day, starts: starts, ends: ends)
        }
        let invitations = try await client.query(
            """
            SELECT b.province_code, b.name, i.seats, i.registered_count
            FROM conference_invitations i JOIN bodies b ON b.id = i.body_id JOIN conferences c ON c.id = i.conference_id
            WHERE c.code = \(code) ORDER BY b.province_code
            """, logger: logger
        ).collect().map {
            let (province, body, seats, registered) = try $0.decode((String, String, Int?, Int).self)
            return ConferenceDetail.Invitation(provinceCode: province, body: body, seats: seats, registered: registered)
        }
        return ConferenceDetail(summary: summary, sessions: sessions, invitations: invitations)
    }
}
