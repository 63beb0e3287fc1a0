import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

@Suite("The audit trail as the store reads it")
struct AuditTrailTests {
    @Test("a change made through a transaction is read back with the OS user, and the trail cannot be rewritten")
    func actorAndAppendOnly() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                let fixture = try await ReportFixture.insert(into: pool)
                try await pool.transaction { connection in
                    _ = try await connection.query(
                        "UPDATE attendance SET status = 'excused' WHERE delegate_id = \(fixture.delegates["0102"]!) AND status = 'absent'",
                        logger: TestCluster.logger)
                }
                // The fixture's own rows may carry the same name when the database role is the OS user.
                let mine = try await pool.audit.auditEntries(
                    matching: AuditFilter(entity: .attendance, actor: Database.operatingSystemUser, limit: 1))
                #expect(mine.first?.entity == "attendance" && mine.first?.action == "update")
                #expect(
                    mine.first?.changes
                        == [AuditEntry.Change(field: "status", before: .string("absent"), after: .string("excused"))])

                let before = try await pool.audit.auditEntries(matching: AuditFilter())
                for statement: PostgresQuery in [
                    "UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log",
                ] {
                    do {
                        try await pool.client.query(statement, logger: TestCluster.logger)
                        Issue.record("the database accepted \(statement.sql)")
                    } catch {
                        #expect(DatabaseFailure.sqlState(of: error) == "23001")
                    }
                }
                #expect(try await pool.audit.auditEntries(matching: AuditFilter()) == before)
            }
        }
    }
}
