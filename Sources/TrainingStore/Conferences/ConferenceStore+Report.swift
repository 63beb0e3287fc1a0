import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Per invited body: seats, delegates registered and how many of them attended at least one session; per
    /// session: delegates and bodies present.
    public func report(code: String) async throws -> ConferenceReport {
        let id = try await requireID(
            "SELECT id FROM conferences WHERE code = \(code)", otherwise: .noConference(code))
        // The invitation's registered_count is its registrations, kept by their trigger.
        let provinces = try await client.query(
            """
            SELECT b.province_code, b.name, i.seats, i.registered_count,
                   (SELECT count(DISTINCT a.delegate_id)::int
                    FROM conference_attendance a
                    JOIN conference_registrations r ON r.conference_id = a.conference_id AND r.delegate_id = a.delegate_id
                    WHERE a.conference_id = i.conference_id AND r.body_id = i.body_id)
            FROM conference_invitations i JOIN bodies b ON b.id = i.body_id
            WHERE i.conference_id = \(id) ORDER BY b.province_code
            """, logger: logger
        ).collect().map {
            let (province, body, seats, registered, attended) = try $0.decode((String, String, Int?, Int, Int).self)
            return ConferenceReport.Province(
                provinceCode: province, body: body, seats: seats, registered: registered, attended: attended)
        }
        let sessions = try await client.query(
            """
            SELECT s.number, s.title, count(a.delegate_id)::int, count(DISTINCT r.body_id)::int
            FROM conference_sessions s
            LEFT JOIN conference_attendance a ON a.conference_session_id = s.id
            LEFT JOIN conference_registrations r ON r.conference_id = a.conference_id AND r.delegate_id = a.delegate_id
            WHERE s.conference_id = \(id)
            GROUP BY s.id ORDER BY s.number
            """, logger: logger
        ).collect().map {
            let (number, title, attended, bodies) = try $0.decode((Int, String, Int, Int).self)
            return ConferenceReport.Session(number: number, title: title, attended: attended, bodiesPresent: bodies)
        }
        return ConferenceReport(
            conference: code, provinces: provinces, sessions: sessions, totals: ConferenceReport.Totals(provinces))
    }
}
