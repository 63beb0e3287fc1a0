import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Re-importing a partial roster: absent columns are kept, present ones change, and every change is audited")
struct PartialRosterImportTests {
    static let full = """
        code,full_name,gender,birth_date,national_id,phone,email,body,province_code,term,first_time,position
        T001,Nguyễn Thị Hoa,nữ,1980-03-04,001180000001,0911000001,hoa@hdnd.gov.vn,province_council,01,2026-2031,x,Ủy viên
        T002,Trần Văn Bình,nam,1975-06-07,001075000002,0911000002,binh@hdnd.gov.vn,province_council,01,2026-2031,,Trưởng ban

        """
    /// The sheet a province sends: no gender, birth date, national id, e-mail, first_time or position.
    static let partial = """
        code,full_name,body,province_code,term,phone
        T001,Nguyễn Thị Hoa,province_council,01,2026-2031,0987654321
        T002,Trần Văn Bình,province_council,01,2026-2031,0911000002

        """

    func importRoster(_ text: String, into database: Database, dryRun: Bool = false) async throws -> RosterImportResult
    {
        try await TrainingOperations(database: database).importRoster(
            Data(text.utf8), file: "roster.csv", dryRun: dryRun
        )
        .result
    }

    @Test("a file without a column leaves that field alone; only the phone changes, and the trail says so")
    func absentColumnsKeepStoredValues() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(Self.full, into: database)
                let before = try #require(try await database.delegates.delegate(code: "T001")).delegate

                let result = try await importRoster(Self.partial, into: database)
                #expect(result == RosterImportResult(added: 0, changed: 1, unchanged: 1, applied: true))
                let after = try #require(try await database.delegates.delegate(code: "T001")).delegate
                var expected = before
                expected.phone = "0987654321"
                #expect(after == expected)
                #expect(after.firstTime && after.gender == .female && after.nationalID == "001180000001")

                let trail = try await database.audit.auditEntries(matching: AuditFilter(entity: .delegates))
                let update = try #require(trail.first { $0.action == "update" })
                #expect(trail.filter { $0.action == "update" }.count == 1)
                #expect(update.subject == "T001 Nguyễn Thị Hoa")
                #expect(
                    update.changes == [
                        AuditEntry.Change(field: "phone", before: .string("0911000001"), after: .string("0987654321"))
                    ])
            }
        }
    }

    @Test("an empty cell in a column the file has clears that field")
    func emptyCellClears() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(Self.full, into: database)
                let clearing = """
                    code,full_name,body,province_code,term,email,first_time
                    T001,Nguyễn Thị Hoa,province_council,01,2026-2031,,

                    """
                let result = try await importRoster(clearing, into: database)
                #expect(result.changed == 1)
                let after = try #require(try await database.delegates.delegate(code: "T001")).delegate
                #expect(after.email == nil && !after.firstTime)
                #expect(after.phone == "0911000001" && after.position == "Ủy viên")
            }
        }
    }

    @Test("a dry run lists every field it would change, field by field, and writes nothing at all")
    func dryRunListsFields() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(Self.full, into: database)
                let fingerprint = try await test.fingerprint()
                let changing = """
                    code,full_name,body,province_code,term,phone,first_time
                    T001,Nguyễn Thị Hoa,province_council,01,2026-2031,0987654321,
                    T002,Trần Văn Bình,province_council,01,2026-2031,0911000002,
                    T003,Lê Văn Cường,province_council,01,2026-2031,,x

                    """
                let result = try await importRoster(changing, into: database, dryRun: true)
                #expect(result.added == 1 && result.changed == 1 && result.unchanged == 1 && !result.applied)
                #expect(
                    result.changes == [
                        DelegateFieldChange(
                            line: 2, code: "T001", field: .phone, before: "0911000001", after: "0987654321"),
                        DelegateFieldChange(line: 2, code: "T001", field: .firstTime, before: "true", after: "false"),
                    ])
                #expect(try await test.fingerprint() == fingerprint)
            }
        }
    }
}
