import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

@Suite("ttbd audit list on the command line")
struct AuditCommandTests {
    /// The report fixture, then two changes by named actors through `Database.transaction`: lan excuses
    /// 0102's absence at S2, then hoa cancels S5. Returns the attendance row's key and S5's id.
    func withChanges(_ body: (TestDatabase, [String: String], String, Int) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            let fixture = try await database.run { pool in
                try await ReferenceData.load(into: pool)
                return try await ReportFixture.insert(into: pool)
            }
            let absence = (session: fixture.sessions[1], delegate: fixture.delegates["0102"]!)
            try await Database.run(database.settings, logger: TestCluster.logger, actor: "lan") { pool in
                try await pool.transaction { connection in
                    _ = try await connection.query(
                        """
                        UPDATE attendance SET status = 'excused'
                        WHERE session_id = \(absence.session) AND delegate_id = \(absence.delegate)
                        """, logger: TestCluster.logger)
                }
            }
            try await Database.run(database.settings, logger: TestCluster.logger, actor: "hoa") { pool in
                try await pool.transaction { connection in
                    _ = try await connection.query(
                        "UPDATE sessions SET status = 'cancelled' WHERE id = \(fixture.sessions[4])",
                        logger: TestCluster.logger)
                }
            }
            try await body(
                database, ["DATABASE_URL": database.url], "\(absence.session)/\(absence.delegate)", fixture.sessions[4])
        }
    }

    func entries(_ arguments: [String], _ environment: [String: String]) async throws -> [AuditEntry] {
        let output = try await CommandLineTool.run(
            ["audit", "list"] + arguments + ["--format", "json"], environment: environment)
        #expect(output.status == 0, "\(output.text)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([AuditEntry].self, from: Data(output.standardOutput.utf8))
    }

    @Test("an update shows only the fields that differ, before and after, with who made it")
    func updateDiff() async throws {
        try await withChanges { _, environment, attendanceRow, _ in
            let mine = try await entries(["--actor", "lan"], environment)
            #expect(mine.count == 1)
            let entry = try #require(mine.first)
            #expect(entry.entity == "attendance" && entry.action == "update" && entry.row == attendanceRow)
            #expect(
                entry.changes == [
                    AuditEntry.Change(field: "status", before: .string("absent"), after: .string("excused"))
                ])
            if case .object(let after) = entry.after {
                #expect(after["status"] == .string("excused"))
            } else {
                Issue.record("the row after the change is missing")
            }

            let table = try await CommandLineTool.run(["audit", "list", "--actor", "lan"], environment: environment)
            let lines = table.standardOutput.split(separator: "\n")
            #expect(lines.count == 3)
            let cells = lines[1].split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            #expect(cells.dropFirst() == ["lan", "attendance", "update", entry.subject, "status: absent → excused"])
            // The row reads as the delegate and the session, not as the ids of its key.
            #expect(entry.subject.hasPrefix("0102 ") && entry.subject.contains(" @ ") && entry.subject != attendanceRow)
            #expect(lines[2] == "1 change")

            // References read as codes and names: an enrollment names its delegate and class.
            let enrolled = try #require(
                try await entries(["--entity", "enrollments", "--limit", "1"], environment).first)
            let references = Dictionary(uniqueKeysWithValues: enrolled.changes.map { ($0.field, $0.after) })
            guard case .string(let delegate)?? = references["delegate_id"],
                case .string(let klass)?? = references["class_id"]
            else {
                Issue.record("the enrollment's references are not labels: \(enrolled.changes)")
                return
            }
            #expect(delegate.range(of: #"^[0-9A-Z]{4} \S+"#, options: .regularExpression) != nil, "\(delegate)")
            #expect(enrolled.subject == "\(delegate) @ \(klass)")
        }
    }

    @Test("filters by entity, actor, row and time, newest first, with a limit")
    func filters() async throws {
        try await withChanges { _, environment, attendanceRow, cancelled in
            let all = try await entries(["--limit", "100000"], environment)
            #expect(all.first?.actor == "hoa" && all.first?.entity == "sessions")
            #expect(all.map(\.id) == all.map(\.id).sorted(by: >))
            // The fixture: 6 + 2 sessions, 9 enrollments and 15 marks, then the two changes; besides them the
            // catalog, delegates and classes it loads.
            let classWork = all.filter { ["sessions", "enrollments", "attendance"].contains($0.entity) }
            #expect(classWork.count == 34)
            #expect(Set(all.map(\.entity)).isSuperset(of: ["delegates", "classes", "provinces", "communes"]))
            #expect(try await entries([], environment).count == 100)

            let sessions = try await entries(["--entity", "sessions"], environment)
            #expect(sessions.count == 9)
            #expect(sessions.allSatisfy { $0.entity == "sessions" })
            let cancel = try #require(sessions.first)
            #expect(cancel.row == String(cancelled) && cancel.actor == "hoa")
            #expect(cancel.changes.map(\.field) == ["revision", "status", "updated_at"])
            #expect(
                cancel.changes[1]
                    == AuditEntry.Change(field: "status", before: .string("planned"), after: .string("cancelled")))

            let row = try await entries(["--entity", "attendance", "--row", attendanceRow], environment)
            #expect(row.map(\.action) == ["update", "insert"])
            #expect(
                row.last?.changes.contains(AuditEntry.Change(field: "status", before: nil, after: .string("absent")))
                    == true)

            #expect(try await entries(["--since", "2000-01-01", "--limit", "100000"], environment).count == all.count)
            #expect(try await entries(["--since", "2999-01-01"], environment).isEmpty)
            #expect(try await entries(["--since", "2999-01-01T00:00:00+07:00"], environment).isEmpty)
            #expect(try await entries(["--limit", "1"], environment).map(\.actor) == ["hoa"])
            #expect(try await entries(["--actor", "nobody"], environment).isEmpty)
        }
    }

    @Test("bad filters exit 64 with a message")
    func badFilters() async throws {
        try await withChanges { _, environment, _, _ in
            let cases: [([String], String)] = [
                (["--entity", "delegate"], "'delegate'"),
                (["--since", "yesterday"], "--since must be a day as YYYY-MM-DD or an instant"),
                (["--since", "2026-13-01"], "--since must be"),
                (["--limit", "0"], "--limit must be positive"),
            ]
            for (arguments, message) in cases {
                let output = try await CommandLineTool.run(["audit", "list"] + arguments, environment: environment)
                #expect(output.status == 64, "\(arguments): \(output.text)")
                #expect(output.standardError.contains(message), "\(arguments): \(output.standardError)")
            }
        }
    }
}
