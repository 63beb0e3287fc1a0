import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Withdrawing from regional conferences: bodies uninvited, delegates unregistered, against the real database")
struct ConferenceWithdrawalTests {
    /// Each invitation's seats taken beside its registrations, as `province taken/rows`.
    static func counters(_ database: Database) async throws -> [String] {
        try await database.client.query(
            """
            SELECT b.province_code || ' ' || i.registered_count || '/'
                   || (SELECT count(*) FROM conference_registrations r
                       WHERE r.conference_id = i.conference_id AND r.body_id = i.body_id)
            FROM conference_invitations i JOIN bodies b ON b.id = i.body_id
            WHERE b.province_code IN ('01', '22') ORDER BY b.province_code
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
    }

    static func session(_ operations: TrainingOperations) async throws {
        _ = try await operations.addConferenceSession(
            conference: "HN", title: "Khai mạc", speaker: nil, day: CalendarDate(parsing: "2026-10-08")!,
            from: ClockTime(hour: 8, minute: 0)!, to: ClockTime(hour: 9, minute: 30)!)
    }

    @Test("unregistering frees the body's seat in the same transaction, is audited, and is refused after attendance")
    func unregister() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08", seatsPerBody: 1))
            try await Self.session(operations)
            _ = try await operations.registerForConference(conference: "HN", delegates: ["01-1"])
            let full = await ConferenceWorld.refusal {
                try await operations.registerForConference(conference: "HN", delegates: ["01-2"])
            }
            #expect(full?.code == .refused)

            let withdrawn = try await operations.unregisterFromConference(conference: "HN", delegate: "01-1")
            #expect(
                withdrawn
                    == ConferenceRegistration(
                        delegateCode: "01-1", fullName: "Đại biểu 01 số 1", body: "HĐND thành phố Hà Nội"))
            #expect(try await Self.counters(operations.database) == ["01 0/0", "22 0/0"])
            let trail = try await ConferenceWorld.count(
                operations.database,
                "SELECT count(*)::int FROM audit_log WHERE table_name = 'conference_registrations' AND action = 'delete'"
            )
            #expect(trail == 1)

            _ = try await operations.registerForConference(conference: "HN", delegates: ["01-2"])
            _ = try await operations.markConferenceAttendance(conference: "HN", session: 1, delegates: ["01-2"])
            let attended = await ConferenceWorld.refusal {
                try await operations.unregisterFromConference(conference: "HN", delegate: "01-2")
            }
            #expect(
                attended?.message
                    == "delegate 01-2 Đại biểu 01 số 2 attended 1 sessions of conference HN, so stays registered; nothing was changed"
            )
            let absent = await ConferenceWorld.refusal {
                try await operations.unregisterFromConference(conference: "HN", delegate: "01-3")
            }
            #expect(
                absent?.message
                    == "delegate 01-3 Đại biểu 01 số 3 is not registered for conference HN; nothing was changed")
            #expect(try await Self.counters(operations.database) == ["01 1/1", "22 0/0"])
        }
    }

    @Test("a body with registrations stays invited unless they go with it, and always once one of them attended")
    func withdrawBody() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08"))
            try await Self.session(operations)
            _ = try await operations.registerForConference(conference: "HN", delegates: ["22-1", "22-2", "01-1"])
            let registered = await ConferenceWorld.refusal {
                try await operations.withdrawFromConference(conference: "HN", province: "22", withRegistrations: false)
            }
            #expect(
                registered?.message
                    == "HĐND tỉnh Quảng Ninh has 2 delegates registered for conference HN; expected none, or their registrations withdrawn too; nothing was changed"
            )
            let withdrawal = try await operations.withdrawFromConference(
                conference: "HN", province: "22", withRegistrations: true)
            #expect(withdrawal.body == "HĐND tỉnh Quảng Ninh")
            #expect(withdrawal.registrations.map(\.delegateCode) == ["22-1", "22-2"])
            #expect(try await Self.counters(operations.database) == ["01 1/1"])
            let again = await ConferenceWorld.refusal {
                try await operations.withdrawFromConference(conference: "HN", province: "22", withRegistrations: true)
            }
            #expect(again?.message == "HĐND tỉnh Quảng Ninh is not invited to conference HN; nothing was changed")

            _ = try await operations.markConferenceAttendance(conference: "HN", session: 1, delegates: ["01-1"])
            let attended = await ConferenceWorld.refusal {
                try await operations.withdrawFromConference(conference: "HN", province: "01", withRegistrations: true)
            }
            #expect(
                attended?.message
                    == "delegates of HĐND thành phố Hà Nội attended conference HN (1 attendance marks), so it stays invited; nothing was changed"
            )
            #expect(try await Self.counters(operations.database) == ["01 1/1"])
            // The database holds the marks' registrations against any writer.
            await #expect(throws: PSQLError.self) {
                try await operations.database.client.query(
                    "DELETE FROM conference_registrations", logger: TestCluster.logger)
            }
        }
    }

    @Test("a candidate is never registered for a conference: refused by the store and by the database")
    func candidatesRefused() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08"))
            let database = operations.database
            try await database.client.query(
                """
                INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, standing)
                SELECT 'UV01', 'Người ứng cử', 'Người ứng cử', body_id, province_code, term_code, 'candidate'
                FROM delegates WHERE code = '01-1'
                """, logger: TestCluster.logger)
            let refusal = await ConferenceWorld.refusal {
                try await operations.registerForConference(conference: "HN", delegates: ["01-1", "UV01"])
            }
            #expect(
                refusal?.message
                    == "UV01 Người ứng cử is a candidate, not a delegate; conferences register delegates only; nothing was registered"
            )
            let direct = await #expect(throws: PSQLError.self) {
                try await database.client.query(
                    """
                    INSERT INTO conference_registrations (conference_id, delegate_id)
                    SELECT c.id, d.id FROM conferences c, delegates d WHERE d.code = 'UV01'
                    """, logger: TestCluster.logger)
            }
            #expect(direct?.serverInfo?[.constraintName] == "conference_registrations_delegates_only")
            #expect(try await Self.counters(database) == ["01 0/0", "22 0/0"])
        }
    }

    @Test("concurrent registrations and unregistrations, through the store and straight in SQL, keep each count right")
    func hammer() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08", seatsPerBody: 4))
            let database = operations.database
            let delegates = (1...12).map { "01-\($0)" } + ["22-1", "22-2"]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for round in 0..<96 {
                    let delegate = delegates[(round * 5) % delegates.count]
                    group.addTask {
                        switch round % 4 {
                        case 0:
                            try await Self.unlessRefused {
                                try await operations.registerForConference(conference: "HN", delegates: [delegate])
                            }
                        case 1:
                            try await Self.unlessRefused {
                                try await operations.unregisterFromConference(conference: "HN", delegate: delegate)
                            }
                        case 2:
                            // A writer that skips the store's lock: only the trigger and the CHECK stand guard.
                            do {
                                try await database.client.query(
                                    """
                                    INSERT INTO conference_registrations (conference_id, delegate_id)
                                    SELECT c.id, d.id FROM conferences c, delegates d
                                    WHERE c.code = 'HN' AND d.code = \(delegate)
                                    ON CONFLICT DO NOTHING
                                    """, logger: TestCluster.logger)
                            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23514" {
                                // The body's seats are taken: the CHECK refused the fifth.
                            }
                        default:
                            try await database.client.query(
                                """
                                DELETE FROM conference_registrations
                                WHERE delegate_id = (SELECT id FROM delegates WHERE code = \(delegate))
                                """, logger: TestCluster.logger)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let counters = try await Self.counters(database)
            for counter in counters {
                let parts = counter.split(separator: " ")[1].split(separator: "/").map { Int($0)! }
                #expect(parts[0] == parts[1] && parts[0] <= 4, "\(counters)")
            }
        }
    }

    /// Runs `body`, for which a refusal (a full body, a delegate not registered) is an answer, not a failure; so
    /// are the database's, when the writer that skips the lock registered the delegate or took the last seat
    /// between the store's check and its insert.
    static func unlessRefused(_ body: () async throws -> some Any) async throws {
        do {
            _ = try await body()
        } catch let error as StoreError where error.code == .refused {
        } catch let error as PSQLError where ["23514", "23505"].contains(error.serverInfo?[.sqlState]) {}
    }
}
