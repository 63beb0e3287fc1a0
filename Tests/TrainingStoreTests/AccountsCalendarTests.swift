import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

@Suite("A delegate's calendar feed sessions")
struct AccountsCalendarTests {
    @Test("the feed has the cohort's sessions and its cancelled one, and not another cohort's cancelled session")
    func cancelledOfOwnCohort() async throws {
        try await AccountsFixture.with { pool, fixture in
            let otherCohort = try await AccountsFixture.count(
                """
                WITH n2 AS (
                    INSERT INTO cohorts (class_id, code) SELECT id, 'N2' FROM classes WHERE code = 'B-HN-01' RETURNING id, class_id)
                INSERT INTO sessions (class_id, cohort_id, module_code, during, status)
                SELECT class_id, id, 'B01', tstzrange('2026-05-07 01:00+00', '2026-05-07 04:00+00'), 'cancelled' FROM n2
                RETURNING id::int
                """, in: pool)
            let sessions = try await pool.accounts.calendarSessions(delegateID: fixture.delegates["0102"]!)
            #expect(sessions.map(\.session.id) == fixture.sessions)
            #expect(!sessions.map(\.session.id).contains(otherCohort))
            #expect(sessions.map(\.isCancelled) == [false, false, false, false, false, true])
            #expect(sessions.last?.calendarEvent(in: .vietnamese).status == .cancelled)
            #expect(sessions.first?.moduleTitle == "Tổng quan về HĐND" && sessions.first?.roomName == "Phòng 1")
        }
    }

    @Test("a withdrawn or wait-listed delegate's feed is empty")
    func notSeated() async throws {
        try await AccountsFixture.with { pool, fixture in
            for code in ["0103", "0105"] {
                let sessions = try await pool.accounts.calendarSessions(delegateID: fixture.delegates[code]!)
                #expect(sessions.isEmpty)
            }
        }
    }
}
