import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingModel

/// The everyday corrections staff could not make before: moving a delegate to another class, withdrawing
/// many, editing and cancelling a class, revoking a certificate, setting a rule aside for one delegate.
@Suite("Everyday corrections on the command line")
struct CorrectionsCommandTests {
    /// B-HN-01 (CT-B, 2 seats, at HN) with 0101 and 0102 seated and 0105 wait-listed; B-HN-02 (CT-B, online,
    /// 5 seats) empty.
    func withClasses(_ body: (EnrollCommandWorld) async throws -> Void) async throws {
        try await EnrollCommandWorld.with { world in
            for (code, place, capacity) in [("B-HN-01", ["--venue", "HN"], "2"), ("B-HN-02", ["--online"], "5")] {
                let created = try await CommandLineTool.run(
                    ["classes", "create", "--code", code, "--curriculum", "CT-B", "--capacity", capacity]
                        + place + ["--from", "2026-05-04", "--to", "2026-05-29"],
                    environment: ["DATABASE_URL": world.database.url])
                #expect(created.status == 0, "\(created.text)")
            }
            let enrolled = try await world.ttbd("enroll", "B-HN-01", "0101", "0102", "0105")
            #expect(enrolled.status == 0, "\(enrolled.text)")
            try await body(world)
        }
    }

    func sql(_ world: EnrollCommandWorld, _ query: PostgresQuery) async throws {
        try await world.database.run { pool in _ = try await pool.client.query(query, logger: TestCluster.logger) }
    }

    func history(_ world: EnrollCommandWorld, _ code: String) async throws -> [DelegateHistoryEntry] {
        let output = try await world.ttbd("delegates", "history", code, "--format", "json")
        #expect(output.status == 0, "\(output.text)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([DelegateHistoryEntry].self, from: Data(output.standardOutput.utf8))
    }

    @Test(
        "a wait-listed delegate moves to a free seat of another class of the program; a seated one leaves their seat to the wait list"
    )
    func move() async throws {
        try await withClasses { world in
            let stuck = try await world.ttbd("enroll", "B-HN-02", "0105")
            #expect(stuck.status == 65 && stuck.standardError.contains("already wait-listed in B-HN-01"))

            let moved = try await world.ttbd("enroll", "B-HN-02", "0105", "--move-from", "B-HN-01", "--format", "csv")
            #expect(moved.status == 0, "\(moved.text)")
            #expect(moved.standardOutput.contains("0105,Phạm Thu Hà,enrolled (N1)"))
            let steps = try await history(world, "0105").filter { $0.kind == .enrollment }
            #expect(
                steps.map { "\($0.classCode ?? "") \($0.detail)" } == [
                    "B-HN-01 waitlisted", "B-HN-01 withdrawn", "B-HN-02 enrolled",
                ])

            // 0104 waits for B-HN-01; 0101 moving out leaves the seat to her, first in line.
            try await sql(world, "UPDATE delegates SET first_time = true WHERE code = '0104'")
            #expect(try await world.ttbd("enroll", "B-HN-01", "0104").status == 0)
            let seatLeft = try await world.ttbd("enroll", "B-HN-02", "0101", "--move-from", "B-HN-01")
            #expect(seatLeft.status == 0, "\(seatLeft.text)")
            let show = try await world.ttbd("classes", "show", "B-HN-01")
            #expect(show.standardOutput.contains("Danh sách chờ  0"), "\(show.standardOutput)")
            #expect(try await history(world, "0104").last?.detail == "enrolled")

            // Someone who is not in the class cannot move, and neither does anyone listed with them.
            let before = try await world.database.fingerprint()
            let refused = try await world.ttbd("enroll", "B-HN-02", "0102", "0103", "--move-from", "B-HN-01")
            #expect(refused.status == 65)
            #expect(refused.standardError.contains("0103 Trần Văn Dũng is not enrolled or wait-listed in B-HN-01"))
            #expect(try await world.database.fingerprint() == before)
        }
    }

    @Test("withdrawing many: all or nothing by codes, everyone matching with --where")
    func withdrawMany() async throws {
        try await withClasses { world in
            let before = try await world.database.fingerprint()
            let refused = try await world.ttbd("withdraw", "B-HN-01", "0101", "0104", "9999")
            #expect(refused.status == 65)
            #expect(
                refused.standardError == """
                    cannot withdraw these 2 delegates from B-HN-01; nothing was written:
                      0104 Lê Thị Mai is not enrolled or wait-listed in B-HN-01; nothing to withdraw
                      no delegate has the code 9999
                    """)
            #expect(try await world.database.fingerprint() == before)

            let file = try world.write("Mã đại biểu\n0101\n0105\n", as: "leaving.csv")
            let withdrawn = try await world.ttbd("withdraw", "B-HN-01", "--from-file", file, "--format", "json")
            #expect(withdrawn.status == 0, "\(withdrawn.text)")
            let rows = try JSONSerialization.jsonObject(with: Data(withdrawn.standardOutput.utf8)) as? [[String: Any]]
            #expect(rows?.compactMap { $0["delegateCode"] as? String } == ["0101", "0105"])

            let rest = try await world.ttbd("withdraw", "B-HN-01", "--where", "province=01")
            #expect(rest.standardOutput == "0102 Đặng Thị Ánh: withdrawn from B-HN-01 (was enrolled).")
            let show = try await world.ttbd("classes", "show", "B-HN-01")
            #expect(show.standardOutput.contains("Đã ghi danh    0\nDanh sách chờ  0"), "\(show.standardOutput)")
        }
    }

    @Test(
        "editing a class: more seats seat the wait list; fewer than seated, or a window without its sessions, is refused"
    )
    func edit() async throws {
        try await withClasses { world in
            try await sql(
                world,
                """
                INSERT INTO sessions (class_id, cohort_id, module_code, during)
                SELECT c.id, h.id, 'B01', tstzrange('2026-05-20 08:00+07', '2026-05-20 11:30+07')
                FROM classes c JOIN cohorts h ON h.class_id = c.id WHERE c.code = 'B-HN-01'
                """)
            let before = try await world.database.fingerprint()
            let fewer = try await world.ttbd("classes", "edit", "B-HN-01", "--capacity", "1")
            #expect(fewer.status == 65 && fewer.standardError.contains("2 delegates hold seats"), "\(fewer.text)")
            let shorter = try await world.ttbd("classes", "edit", "B-HN-01", "--to", "2026-05-15")
            #expect(
                shorter.status == 65
                    && shorter.standardError.contains("1 session(s) fall outside 2026-05-04…2026-05-15"))
            #expect(try await world.ttbd("classes", "edit", "B-HN-01").status == 64)
            #expect(try await world.ttbd("classes", "edit", "B-HN-01", "--venue", "XX").status == 65)
            #expect(try await world.database.fingerprint() == before)

            // A session with a room ties the class to its venue; without one, it may go online.
            try await sql(
                world, "INSERT INTO rooms (venue_id, code, name, capacity) SELECT id, 'P1', 'Phòng 1', 40 FROM venues")
            try await sql(world, "UPDATE sessions SET room_id = (SELECT id FROM rooms)")
            let roomed = try await world.ttbd("classes", "edit", "B-HN-01", "--online")
            #expect(roomed.status == 65 && roomed.standardError.contains("1 session(s) have rooms"), "\(roomed.text)")
            try await sql(world, "UPDATE sessions SET room_id = NULL")
            let online = try await world.ttbd("classes", "edit", "B-HN-01", "--online")
            #expect(
                online.status == 0 && online.standardOutput.contains(", online, 2/2 seated, 1 waiting"),
                "\(online.text)")

            let more = try await world.ttbd("classes", "edit", "B-HN-01", "--capacity", "3", "--to", "2026-05-22")
            #expect(more.status == 0, "\(more.text)")
            #expect(
                more.standardOutput.contains("2026-05-04…2026-05-22")
                    && more.standardOutput.contains("3/3 seated, 0 waiting"))
            let trail = try await world.ttbd("audit", "list", "--entity", "classes", "--limit", "1", "--format", "csv")
            #expect(trail.standardOutput.contains("capacity: 2 → 3"), "\(trail.standardOutput)")
        }
    }

    @Test(
        "cancelling a class: refused after attendance unless forced; then its sessions are cancelled and its seats freed"
    )
    func cancel() async throws {
        try await withClasses { world in
            try await sql(
                world,
                """
                INSERT INTO sessions (class_id, cohort_id, module_code, during)
                SELECT c.id, h.id, 'B01', tstzrange('2026-05-20 08:00+07', '2026-05-20 11:30+07')
                FROM classes c JOIN cohorts h ON h.class_id = c.id WHERE c.code = 'B-HN-01'
                """)
            try await sql(
                world,
                """
                INSERT INTO attendance (session_id, delegate_id, status)
                SELECT s.id, d.id, 'present' FROM sessions s, delegates d WHERE d.code = '0101'
                """)
            let before = try await world.database.fingerprint()
            let refused = try await world.ttbd("classes", "cancel", "B-HN-01", "--reason", "Bão số 3")
            #expect(refused.status == 65 && refused.standardError.contains("has 1 attendance marks"), "\(refused.text)")
            #expect(try await world.ttbd("classes", "cancel", "B-HN-01", "--reason", " ").status == 64)
            #expect(try await world.database.fingerprint() == before)

            let forced = try await world.ttbd("classes", "cancel", "B-HN-01", "--reason", "Bão số 3", "--force")
            #expect(forced.status == 0, "\(forced.text)")
            #expect(
                forced.standardOutput
                    == "Cancelled B-HN-01 (Bão số 3): 1 sessions cancelled, 3 delegates withdrawn.")
            let feed = try await world.ttbd("schedule", "show", "--class", "B-HN-01", "--format", "ics")
            #expect(feed.standardOutput.contains("STATUS:CANCELLED"), "\(feed.text)")
            let late = try await world.ttbd("enroll", "B-HN-01", "0104")
            #expect(late.status == 65 && late.standardError.contains("cancelled"))
            // Freed, the delegates may join another class of the program.
            #expect(try await world.ttbd("enroll", "B-HN-02", "0101", "0102", "0105").status == 0)
        }
    }

    @Test("revoking a certificate: verify says revoked, when and why; a second revocation is refused")
    func revoke() async throws {
        try await withClasses { world in
            try await sql(
                world,
                """
                INSERT INTO certificates (number, class_id, delegate_id)
                SELECT 'GCN-2026-000001', c.id, d.id FROM classes c, delegates d WHERE c.code = 'B-HN-01' AND d.code = '0101'
                """)
            #expect(
                try await world.ttbd("certificates", "verify", "GCN-2026-000001").standardOutput.hasPrefix(
                    "GCN-2026-000001: valid"))
            let revoked = try await world.ttbd(
                "certificates", "revoke", "GCN-2026-000001", "--reason", "Cấp nhầm người")
            #expect(revoked.status == 0, "\(revoked.text)")
            let verify = try await world.ttbd("certificates", "verify", "GCN-2026-000001")
            #expect(
                verify.standardOutput.range(
                    of: #"^GCN-2026-000001: REVOKED on \d{4}-\d{2}-\d{2}: Cấp nhầm người"#, options: .regularExpression)
                    != nil, "\(verify.standardOutput)")
            let before = try await world.database.fingerprint()
            let again = try await world.ttbd("certificates", "revoke", "GCN-2026-000001", "--reason", "lần nữa")
            #expect(again.status == 65 && again.standardError.contains("was already revoked on"))
            #expect(try await world.database.fingerprint() == before)
            let events = try await history(world, "0101").filter { $0.kind == .certificate }.map(\.detail)
            #expect(events == ["issued GCN-2026-000001", "revoked GCN-2026-000001: Cấp nhầm người"])
        }
    }

    @Test("a waiver sets a program's prerequisites or audience aside for one delegate, audited and in their history")
    func waivers() async throws {
        try await withClasses { world in
            let created = try await world.ttbd(
                "classes", "create", "--code", "C-HN-01", "--curriculum", "CT-C", "--capacity", "10", "--online",
                "--from", "2026-09-07", "--to", "2026-09-30")
            #expect(created.status == 0, "\(created.text)")
            let refused = try await world.ttbd("enroll", "C-HN-01", "0104")
            #expect(refused.status == 65 && refused.standardError.contains("has not completed"), "\(refused.text)")

            let waived = try await world.ttbd(
                "delegates", "waive", "0104", "--program", "CT-C", "--rule", "prerequisites", "--reason",
                "Đã làm đại biểu 5 năm (hoặc ≥1 năm làm đại biểu)")
            #expect(waived.status == 0, "\(waived.text)")
            #expect(try await world.ttbd("enroll", "C-HN-01", "0104").status == 0)

            // The audience is its own rule: a deputy still cannot join a council program without its waiver.
            let deputy = try await world.ttbd("enroll", "B-HN-02", "0103")
            #expect(deputy.status == 65 && deputy.standardError.contains("is for council+first-time"))
            #expect(
                try await world.ttbd(
                    "delegates", "waive", "0103", "--program", "CT-B", "--rule", "audience", "--reason",
                    "Theo công văn 12/TTBD"
                ).status == 0)
            #expect(try await world.ttbd("enroll", "B-HN-02", "0103").status == 0)

            let events = try await history(world, "0104")
            #expect(
                events.contains { $0.kind == .waiver && $0.detail.hasPrefix("CT-C prerequisites set aside: Đã làm") })
            #expect(events.last?.kind == .enrollment && events.last?.classCode == "C-HN-01")
            let trail = try await world.ttbd("audit", "list", "--entity", "waivers", "--format", "csv")
            #expect(trail.standardOutput.contains("0104 Lê Thị Mai CT-C prerequisites"), "\(trail.standardOutput)")

            for (arguments, status) in [
                (
                    ["delegates", "waive", "0104", "--program", "CT-Z", "--rule", "audience", "--reason", "x"],
                    Int32(65)
                ),
                (["delegates", "waive", "9999", "--program", "CT-C", "--rule", "audience", "--reason", "x"], 65),
                (["delegates", "waive", "0104", "--program", "CT-C", "--rule", "seat", "--reason", "x"], 64),
            ] {
                #expect(
                    try await CommandLineTool.run(arguments, environment: ["DATABASE_URL": world.database.url]).status
                        == status, "\(arguments)")
            }
        }
    }
}
