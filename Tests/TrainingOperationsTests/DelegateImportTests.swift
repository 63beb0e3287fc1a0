import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Importing delegates into the database")
struct DelegateImportTests {
    static let roster = """
        code,full_name,gender,national_id,body,province_code,commune_code,term,first_time
        0101,Nguyễn Văn An,nam,001075000001,commune_council,01,00004,2026-2031,x
        0102,Đặng Thị Ánh,nữ,001080000002,province_council,01,,2026-2031,x
        0103,Trần Văn Dũng,nam,,national_assembly,79,,2026-2031,
        0104,Lê Thị Ân,nữ,,province_council,79,,2026-2031,x
        0105,Phạm Minh Đông,nam,,province_council,79,,2026-2031,

        """

    func importRoster(_ text: String, into database: Database, dryRun: Bool = false) async throws -> RosterImportResult
    {
        try await TrainingOperations(database: database).importRoster(
            Data(text.utf8), file: "roster.csv", dryRun: dryRun
        )
        .result
    }

    @Test("a first import adds everyone; the same file again changes nothing; one edit changes one")
    func upsertByCode() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                let first = try await importRoster(Self.roster, into: database)
                #expect(first == RosterImportResult(added: 5, changed: 0, unchanged: 0, applied: true))
                let again = try await importRoster(Self.roster, into: database)
                #expect(again == RosterImportResult(added: 0, changed: 0, unchanged: 5, applied: true))
                let edited = Self.roster.replacingOccurrences(of: "Lê Thị Ân", with: "Lê Thị Ân Hà")
                let third = try await importRoster(edited, into: database)
                #expect(third == RosterImportResult(added: 0, changed: 1, unchanged: 4, applied: true))
                let record = try #require(try await database.delegates.delegate(code: "0104"))
                #expect(record.delegate.fullName == "Lê Thị Ân Hà")
                #expect(record.bodyName == "HĐND thành phố Hồ Chí Minh")
            }
        }
    }

    @Test("a dry run reports what would change and writes nothing")
    func dryRun() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                let result = try await importRoster(Self.roster, into: database, dryRun: true)
                #expect(result == RosterImportResult(added: 5, changed: 0, unchanged: 0, applied: false))
                #expect(try await database.delegates.delegates(matching: DelegateFilter()).isEmpty)
                let bodies = try await database.client.query("SELECT count(*) FROM bodies", logger: TestCluster.logger)
                    .collect().first?.decode(Int.self)
                #expect(bodies == 0)
            }
        }
    }

    @Test("a national id that another delegate in the database has is refused at its line, and nothing is written")
    func nationalIDClash() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(Self.roster, into: database)
                let clash = """
                    code,full_name,national_id,body,province_code,term
                    0200,Hồ Văn Sơn,,province_council,01,2026-2031
                    0201,Võ Thị Lan,001075000001,province_council,01,2026-2031
                    """
                let error = await #expect(throws: InputError.self) { try await importRoster(clash, into: database) }
                #expect(
                    error?.description
                        == "roster.csv:3:1: national_id 001075000001 already belongs to delegate 0101; expected each person once"
                )
                #expect(try await database.delegates.delegate(code: "0200") == nil)
            }
        }
    }

    @Test("search ignores accents and case; lists sort by given name, then middle, then family name")
    func searchAndOrder() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(Self.roster, into: database)
                let found = try await database.delegates.delegates(matching: DelegateFilter(search: "nguyen van an"))
                #expect(found.map(\.delegate.fullName) == ["Nguyễn Văn An"])
                let dong = try await database.delegates.delegates(matching: DelegateFilter(search: "DONG"))
                #expect(dong.map(\.delegate.fullName) == ["Phạm Minh Đông"])
                let everyone = try await database.delegates.delegates(matching: DelegateFilter())
                // Given names An < Ánh < Ân < Dũng < Đông, as Vietnamese dictionaries order them.
                #expect(
                    everyone.map(\.delegate.fullName) == [
                        "Nguyễn Văn An", "Đặng Thị Ánh", "Lê Thị Ân", "Trần Văn Dũng", "Phạm Minh Đông",
                    ])
                let firstTimeHCM = try await database.delegates.delegates(
                    matching: DelegateFilter(provinceCode: "79", firstTime: true))
                #expect(firstTimeHCM.map(\.delegate.code) == ["0104"])
                let assembly = try await database.delegates.delegates(matching: DelegateFilter(body: .nationalAssembly))
                #expect(assembly.map(\.delegate.code) == ["0103"])
                #expect(try await database.delegates.delegates(matching: DelegateFilter(search: "100%")).isEmpty)
            }
        }
    }

    @Test("people are listed in a dictionary's order: the whole given name with its marks, then middle, then family")
    func dictionaryOrder() async throws {
        // Anh < Ánh and Ân < Ấn decide before any middle or family name does; then the middle name (none
        // first), then the family name.
        let ordered = [
            "Vũ Thị Anh", "Lê Hoàng Ngọc Ánh", "Nguyễn Văn Ân", "Ngô Thị Ấn", "Phạm Bình", "Lê Văn Bình",
            "Trần Văn Bình", "Đỗ Thị Hoa",
        ]
        let rows = ordered.reversed().enumerated().map { index, name in
            "09\(index),\(name),,,province_council,01,,2026-2031,"
        }
        let roster =
            "code,full_name,gender,national_id,body,province_code,commune_code,term,first_time\n"
            + rows.joined(separator: "\n") + "\n"
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                _ = try await importRoster(roster, into: database)
                let listed = try await database.delegates.delegates(matching: DelegateFilter())
                #expect(listed.map(\.delegate.fullName) == ordered)
            }
        }
    }

    @Test("a roster larger than the table loads with its indexes and foreign keys rebuilt exactly as they were")
    func bulkLoadKeepsSchema() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                let schema = """
                    SELECT string_agg(definition, E'\n' ORDER BY definition) FROM (
                        SELECT indexdef AS definition FROM pg_indexes WHERE tablename = 'delegates'
                        UNION ALL
                        SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid = 'delegates'::regclass) definitions
                    """
                let before = try await database.client.query(
                    PostgresQuery(unsafeSQL: schema), logger: TestCluster.logger
                )
                .collect().first?.decode(String.self)
                let count = DelegateStore.bulkLoadRows + 10
                let delegates = (0..<count).map { number in
                    Delegate(
                        code: "B\(number)", fullName: number == 7 ? "Đỗ Thị Ngọc Ánh" : "Nguyễn Văn Bình",
                        nationalID: String(format: "079%09d", number), body: .provinceCouncil, provinceCode: "79",
                        term: "2026-2031", firstTime: number.isMultiple(of: 2))
                }
                let result = try await database.transaction(dryRun: false) { transaction in
                    try await database.delegates.importDelegates(file: "big.csv", in: transaction) { staging in
                        try staging.stage(delegates.enumerated().map { ($1, $0 + 2) })
                        return Set(DelegateField.allCases)
                    }
                }
                #expect(result == RosterImportResult(added: count, changed: 0, unchanged: 0, applied: true))
                let after = try await database.client.query(
                    PostgresQuery(unsafeSQL: schema), logger: TestCluster.logger
                )
                .collect().first?.decode(String.self)
                #expect(after == before)
                #expect(after?.contains("gin_trgm_ops") == true)
                let found = try await database.delegates.delegates(matching: DelegateFilter(search: "do thi ngoc anh"))
                #expect(found.map(\.delegate.code) == ["B7"])
            }
        }
    }

    @Test("two imports of the same roster at once: one adds everyone, the other finds them unchanged")
    func concurrentImports() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await ReferenceData.load(into: database)
                async let first = importRoster(Self.roster, into: database)
                async let second = importRoster(Self.roster, into: database)
                let results = try await [first, second].sorted { $0.added > $1.added }
                #expect(results[0] == RosterImportResult(added: 5, changed: 0, unchanged: 0, applied: true))
                #expect(results[1] == RosterImportResult(added: 0, changed: 0, unchanged: 5, applied: true))
            }
        }
    }
}
