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

    /// Tables ttbd writes for itself, not rows staff change: the trail, the migrations, the outbox and job
    /// runs of the service, the status history an enrollment's own trail already carries, the revisions
    /// that answer phones' polls, the console's signed-in browsers and its uploads waiting to be applied (an
    /// applied one's changes are audited as any import's).
    static let unaudited: Set<String> = [
        "audit_log", "schema_migrations", "outbox", "job_runs", "enrollment_status_history", "delegate_revisions",
        "shared_revision", "console_sessions", "console_uploads",
        // Written by delegates, not staff; a trail would name the actor and time of each answer (migration 0037).
        "survey_answers", "survey_respondents", "survey_secret",
        // The survey-notices job's record of whom it told, beside the outbox it writes (migration 0041).
        "survey_round_notices",
        // A what-if writes nothing of the center's, and its run's row names who asked and when (migration 0042).
        "what_if_runs",
    ]

    /// Audited by a trigger of their own that leaves a secret out of the trail: a password's hash.
    static let auditedWithoutSecrets: Set<String> = ["account_passwords"]

    @Test("every table whose rows staff change has an audit trigger, and the trail knows each as an entity")
    func everyTableAudited() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let rows = try await pool.client.query(
                    """
                    SELECT t.tablename, EXISTS (
                        SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
                        WHERE g.tgrelid = (quote_ident(t.tablename))::regclass
                          AND p.proname IN ('write_audit', 'write_audit_rows'))
                    FROM pg_tables t WHERE t.schemaname = 'public' ORDER BY 1
                    """, logger: TestCluster.logger
                ).collect()
                var tables: [String: Bool] = [:]
                for row in rows {
                    let (table, audited) = try row.decode((String, Bool).self)
                    tables[table] = audited
                }
                let staffTables = Set(tables.keys).subtracting(Self.unaudited).subtracting(Self.auditedWithoutSecrets)
                #expect(staffTables.filter { tables[$0] != true }.sorted() == [])
                #expect(staffTables == Set(AuditEntity.allCases.map(\.rawValue)))
            }
        }
    }
}
