import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

/// `ttbd catalog validate` and `ttbd catalog import` as staff run them, against the real database.
@Suite("ttbd catalog on the command line")
struct CatalogCommandTests {
    static let shippedCatalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("course-catalog").path

    /// The tables an import may touch, and the audit log.
    static let tables = [
        "terms", "provinces", "communes", "bodies", "materials", "curricula", "modules", "module_prerequisites",
        "module_materials", "unavailability", "classes", "class_modules", "sessions", "audit_log",
    ]

    /// A digest of every row of every table above, to show that nothing changed.
    static func digest(_ database: TestDatabase) async throws -> [String: String] {
        try await database.run { pool in
            var digests: [String: String] = [:]
            for table in tables {
                let rows = try await pool.client.query(
                    "SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \(unescaped: table) t",
                    logger: TestCluster.logger)
                digests[table] = try await rows.collect().first?.decode(String.self)
            }
            return digests
        }
    }

    /// A copy of the shipped catalog to edit, removed afterwards.
    static func withCopy<Result>(_ body: (String) async throws -> Result) async throws -> Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.path + "/course-catalog"
        try FileManager.default.copyItem(atPath: shippedCatalog, toPath: copy)
        return try await body(copy)
    }

    static func edit(_ file: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try change(text).write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// programs.yaml without module D04 (the last one, which no module needs).
    static func removeD04(in catalog: String) throws {
        try edit(catalog + "/programs.yaml") { text in
            String(text[..<text.range(of: "      - code: D04")!.lowerBound])
        }
    }

    @Test("validate accepts the shipped catalog and writes nothing")
    func validateShipped() async throws {
        let result = try await CommandLineTool.run(["catalog", "validate", Self.shippedCatalog])
        #expect(result.status == 0, "\(result.text)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shippedCatalog)
            .filter { $0.hasSuffix(".yaml") }
        #expect(result.standardOutput.contains("The catalog is valid: \(files.count) files"))
        #expect(result.standardOutput.contains("4 programs, 26 modules"))
        #expect(result.standardOutput.contains("3,321 communes"))
    }

    @Test("validate reports every problem of every file as file:line:column and exits 65")
    func validateBroken() async throws {
        try await Self.withCopy { catalog in
            try Self.edit(catalog + "/programs.yaml") { text in
                text.replacingOccurrences(
                    of:
                        "prerequisites: [D01]\n        target_groups: [\"Người ứng cử lần đầu\"]\n        assessment: exercise\n      - code: D03",
                    with:
                        "prerequisites: [D09]\n        target_groups: [\"Người ứng cử lần đầu\"]\n        assessment: exercise\n      - code: D03"
                )
                .replacingOccurrences(of: "half_day_sessions: 2", with: "half_day_sessions: 0")
            }
            try Self.edit(catalog + "/holidays.yaml") { $0.replacingOccurrences(of: "2026-09-02", with: "2026-09-31") }
            let result = try await CommandLineTool.run(["catalog", "validate", catalog])
            #expect(result.status == 65)
            let lines = result.standardError.split(separator: "\n").map(String.init)
            #expect(
                lines.contains(
                    "\(catalog)/holidays.yaml:16:12: 'date' of a holiday is 2026-09-31, a date that does not exist"))
            #expect(
                lines.contains(
                    "\(catalog)/programs.yaml:208:25: unknown prerequisite 'D09' of module D02; no module has that code"
                ))
            #expect(
                lines.contains(
                    "\(catalog)/programs.yaml:31:28: 'half_day_sessions' of a module must be a positive whole number, found 0"
                ))
            #expect(lines.filter { $0.hasSuffix("found 0") }.count == 2)
            #expect(lines.count == 4, "\(lines)")
        }
    }

    @Test("import adds the shipped catalog; a second import says nothing changed and changes no row")
    func importTwice() async throws {
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            let first = try await CommandLineTool.run(
                ["catalog", "import", Self.shippedCatalog], environment: environment)
            #expect(first.status == 0, "\(first.text)")
            #expect(first.standardOutput.contains("communes   3,321        0        0          0"))
            #expect(first.standardOutput.contains("Imported in one transaction:"))
            let audiences = try await database.run { pool in
                try await pool.client.query("SELECT audience FROM curricula ORDER BY code", logger: TestCluster.logger)
                    .collect().map { try $0.decode([String].self) }
            }
            #expect(
                audiences == [
                    ["national_assembly+first-time", "national_assembly+full-time"], ["council+first-time"],
                    ["council"], ["candidate"],
                ])
            let before = try await Self.digest(database)
            let second = try await CommandLineTool.run(
                ["catalog", "import", Self.shippedCatalog], environment: environment)
            #expect(second.status == 0, "\(second.text)")
            #expect(second.standardOutput.contains("No change: the database already holds this catalog."))
            #expect(try await Self.digest(database) == before)
            #expect(first.standardError.isEmpty && second.standardError.isEmpty)
        }
    }

    @Test("a broken catalog exits 65 and leaves the database byte for byte as it was")
    func importBroken() async throws {
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            _ = try await CommandLineTool.run(["catalog", "import", Self.shippedCatalog], environment: environment)
            let before = try await Self.digest(database)
            try await Self.withCopy { catalog in
                try Self.edit(catalog + "/programs.yaml") {
                    $0.replacingOccurrences(of: "code: B03", with: "code: B02")
                }
                let result = try await CommandLineTool.run(["catalog", "import", catalog], environment: environment)
                #expect(result.status == 65)
                #expect(
                    result.standardError.contains(
                        "duplicate module code 'B02', first defined at \(catalog)/programs.yaml:"))
            }
            #expect(try await Self.digest(database) == before)
        }
    }

    @Test("--dry-run shows the changes and writes nothing")
    func dryRun() async throws {
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            let before = try await Self.digest(database)
            let result = try await CommandLineTool.run(
                ["catalog", "import", Self.shippedCatalog, "--dry-run"], environment: environment)
            #expect(result.status == 0, "\(result.text)")
            #expect(result.standardOutput.contains("Dry run: would apply"))
            #expect(try await Self.digest(database) == before)

            let json = try await CommandLineTool.run(
                ["catalog", "import", Self.shippedCatalog, "--dry-run", "--format", "json"], environment: environment)
            #expect(json.status == 0, "\(json.text)")
            let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect(report?["dryRun"] as? Bool == true)
            let kinds = report?["kinds"] as? [[String: Any]] ?? []
            #expect(
                kinds.first { $0["kind"] as? String == "modules" }?["added"] as? [String] == [
                    "A01", "A02", "A03", "A04", "A05", "A06", "A07", "B01", "B02", "B03", "B04", "B05", "B06", "B07",
                    "B08",
                    "C01", "C02", "C03", "C04", "C05", "C06", "C07", "D01", "D02", "D03", "D04",
                ])
            #expect(try await Self.digest(database) == before)
        }
    }

    @Test("removing a module a class uses is refused with the class (exit 65); --force removes it")
    func removalUsedByClass() async throws {
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            _ = try await CommandLineTool.run(["catalog", "import", Self.shippedCatalog], environment: environment)
            try await database.run { pool in
                _ = try await pool.client.query(
                    """
                    WITH c AS (
                        INSERT INTO classes (code, curriculum_code, online, capacity, starts_on, ends_on)
                        VALUES ('D-TT-01', 'CT-D', true, 40, '2026-04-06', '2026-04-08') RETURNING id)
                    INSERT INTO class_modules (class_id, module_code) SELECT id, 'D04' FROM c
                    """, logger: TestCluster.logger)
            }
            let before = try await Self.digest(database)
            try await Self.withCopy { catalog in
                try Self.removeD04(in: catalog)
                let refused = try await CommandLineTool.run(["catalog", "import", catalog], environment: environment)
                #expect(refused.status == 65)
                #expect(refused.standardError.contains("refusing to remove modules or programs that classes use"))
                #expect(refused.standardError.contains("class D-TT-01 uses module D04"))
                #expect(try await Self.digest(database) == before)

                let forced = try await CommandLineTool.run(
                    ["catalog", "import", catalog, "--force"], environment: environment)
                #expect(forced.status == 0, "\(forced.text)")
                #expect(forced.standardOutput.contains("removed modules: D04"))
                #expect(forced.standardOutput.contains("forced: class D-TT-01 no longer uses module D04"))
            }
        }
    }

    @Test("on a database without the schema, import asks for `ttbd db migrate` (exit 69) and writes nothing")
    func unmigratedDatabase() async throws {
        try await TestDatabase.with(migrated: false) { database in
            let result = try await CommandLineTool.run(
                ["catalog", "import", Self.shippedCatalog], environment: ["DATABASE_URL": database.url])
            #expect(result.status == 69, "\(result.text)")
            #expect(result.standardError.contains("run `ttbd db migrate` first"))
        }
    }
}
