import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("The application role reads and writes rows, and cannot change the schema or the audit trail")
struct LeastPrivilegeTests {
    /// Runs `body` with a pool logged in as the application role on a fresh database.
    func asApplication(_ body: (TestDatabase, Database) async throws -> Void) async throws {
        try await TestDatabase.with { test in
            try await test.run { try await ReferenceData.load(into: $0) }
            let settings = test.settings.with(username: StoreConfiguration.applicationRole)
            try await Database.run(settings, logger: TestCluster.logger, actor: "lan") { try await body(test, $0) }
        }
    }

    @Test("it cannot drop a table, disable or bypass the audit trigger, rewrite the trail or create tables")
    func noSchemaChanges() async throws {
        try await asApplication { test, application in
            let before = try await test.fingerprint()
            let forbidden: [PostgresQuery] = [
                "DROP TABLE waivers",
                "ALTER TABLE enrollments DISABLE TRIGGER enrollments_audit",
                "ALTER TABLE delegates DISABLE TRIGGER ALL",
                "DROP TRIGGER delegates_audit_update ON delegates",
                "DELETE FROM audit_log",
                "UPDATE audit_log SET actor = 'someone else'",
                "TRUNCATE audit_log",
                "TRUNCATE delegates CASCADE",
                "SET session_replication_role = replica",
                "CREATE TABLE shadow (id int)",
                "DROP INDEX delegates_sorted",
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (99, 'x', 'x')",
            ]
            for statement in forbidden {
                do {
                    try await application.client.query(statement, logger: TestCluster.logger)
                    Issue.record("the application role may run: \(statement.sql)")
                } catch {
                    #expect(
                        DatabaseFailure.sqlState(of: error) == "42501", "\(statement.sql): \(String(reflecting: error))"
                    )
                }
            }
            #expect(try await test.fingerprint() == before)
        }
    }

    @Test("the use cases work as the application role, a bulk roster load with the indexes in place")
    func useCasesWork() async throws {
        try await asApplication { test, application in
            let rows = (0..<(DelegateStore.bulkLoadRows + 1)).map {
                "Q\($0),Nguyễn Văn \($0),national_assembly,2026-2031"
            }
            let roster = "code,full_name,body,term\n" + rows.joined(separator: "\n") + "\n"
            let operations = TrainingOperations(database: application)
            let imported = try await operations.importRoster(Data(roster.utf8), file: "roster.csv", dryRun: false)
            #expect(imported.result.added == DelegateStore.bulkLoadRows + 1)
            let found = try await application.delegates.delegates(matching: DelegateFilter(search: "van 10000"))
            #expect(found.map(\.delegate.code) == ["Q10000"])
            let trail = try await application.audit.auditEntries(matching: AuditFilter(entity: .delegates, limit: 1))
            #expect(trail.first?.actor == "lan")
        }
    }
}
