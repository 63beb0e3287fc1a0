import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// Importing the course catalog against the real database: once, again, dry, and removing what classes use.
@Suite("Importing the course catalog")
struct CatalogImportTests {
    /// The tables an import may touch, and the audit log.
    static let tables = [
        "terms", "provinces", "communes", "bodies", "materials", "curricula", "modules", "module_prerequisites",
        "module_materials", "unavailability", "classes", "class_modules", "sessions", "audit_log",
    ]

    /// A digest of every row of every table above, to show that nothing changed.
    static func digest(_ database: PostgresInfrastructure.Database) async throws -> [String: String] {
        var digests: [String: String] = [:]
        for table in tables {
            let rows = try await database.client.query(
                "SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \(unescaped: table) t",
                logger: TestCluster.logger)
            digests[table] = try await rows.collect().first?.decode(String.self)
        }
        return digests
    }

    static func count(_ database: PostgresInfrastructure.Database, _ query: PostgresQuery) async throws -> Int {
        try await database.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }

    /// A catalog like the shipped one, smaller: 2 provinces with 1,000 communes each, 2 programs, holidays
    /// and sittings of the National Assembly and of one province council.
    let catalog: TrainingModel.Catalog = {
        func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }
        let provinces = [
            Province(code: "01", name: "Thành phố Hà Nội", kind: .centralCity, codename: "ha_noi"),
            Province(code: "04", name: "Tỉnh Cao Bằng", kind: .province, codename: "cao_bang"),
        ]
        let communes = (0..<2_000).map { number in
            Commune(
                code: String(format: "%05d", number + 1), provinceCode: number < 1_000 ? "01" : "04",
                name: "Xã Số \(number + 1)", kind: .commune)
        }
        let curricula = [
            Curriculum(
                code: "CT-A", termCode: "2026-2031", title: "Bồi dưỡng đại biểu Quốc hội",
                targetGroups: ["ĐBQH trúng cử lần đầu"],
                audience: try! Audience(parsing: ["national_assembly+first-time"]),
                modules: [
                    Module(code: "A01", title: "Tổng quan về Quốc hội", halfDaySessions: 1, materials: ["CONG"]),
                    Module(code: "A02", title: "Kỳ họp Quốc hội", halfDaySessions: 2, prerequisites: ["A01"]),
                ]),
            Curriculum(
                code: "CT-D", termCode: "2026-2031", title: "Bồi dưỡng người ứng cử",
                completionRule: CompletionRule(minimumAttendance: 0.75, requiresAllRequiredModules: false),
                modules: [
                    Module(code: "D01", title: "Khái quát về bầu cử", halfDaySessions: 1),
                    Module(
                        code: "D02", title: "Chương trình hành động", halfDaySessions: 1, prerequisites: ["D01"],
                        prerequisiteNote: "hoặc đã ứng cử", elective: true, assessments: [.essay, .survey]),
                    Module(code: "D04", title: "Giao tiếp với báo chí", halfDaySessions: 1),
                ]),
        ]
        return TrainingModel.Catalog(
            kinds: Set(CatalogKind.allCases),
            terms: [Term(code: "2026-2031", startsOn: date("2026-03-15"), endsOn: date("2031-03-14"))],
            provinces: provinces, communes: communes,
            holidays: [
                Holiday(date: date("2026-01-01"), name: "Tết Dương lịch"),
                Holiday(date: date("2026-09-02"), name: "Quốc khánh"),
            ],
            sittings: [
                Sitting(
                    body: .nationalAssembly, name: "Kỳ họp giữa năm", startsOn: date("2026-05-20"),
                    endsOn: date("2026-06-30")),
                Sitting(
                    body: .provinceCouncil(provinceCode: "04"), name: "Kỳ họp HĐND tỉnh",
                    startsOn: date("2026-07-08"), endsOn: date("2026-07-10")),
            ],
            materials: [
                Material(
                    code: "CONG", title: "Cổng thông tin Quốc hội", kind: .link, location: .url("https://quochoi.vn/")),
                Material(
                    code: "SO-TAY", title: "Sổ tay", kind: .handbook,
                    location: .file(path: "so-tay.pdf", sha256: String(repeating: "ab", count: 32))),
            ],
            curricula: curricula)
    }()

    @Test("a catalog imports into an empty database, and a second import changes nothing")
    func importTwice() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let first = try await TrainingOperations(database: pool).importCatalog(catalog)
                #expect(first[.communes]?.added.count == 2_000)
                #expect(first[.modules]?.added.count == 5)
                #expect(first[.programs]?.added == ["CT-A", "CT-D"])
                #expect(first[.bodies]?.added == ["national_assembly", "province_council:01", "province_council:04"])
                #expect(first.kinds.allSatisfy { $0.changed.isEmpty && $0.removed.isEmpty })
                #expect(try await Self.count(pool, "SELECT count(*) FROM module_prerequisites") == 2)
                #expect(
                    try await Self.count(
                        pool,
                        "SELECT count(*) FROM unavailability u JOIN bodies b ON b.id = u.body_id WHERE u.kind = 'sitting'"
                    ) == 2)
                #expect(
                    try await Self.count(pool, "SELECT count(*) FROM unavailability WHERE kind = 'holiday'") == 2)

                let before = try await Self.digest(pool)
                let second = try await TrainingOperations(database: pool).importCatalog(catalog)
                #expect(second.isUnchanged)
                #expect(second[.communes]?.unchanged == 2_000)
                #expect(try await Self.digest(pool) == before)
            }
        }
    }

    @Test("a material staff added by hand, and its link to a module, survive the catalog's import")
    func handAddedMaterialStays() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                try await pool.materials.addMaterial(
                    Material(
                        code: "SLIDES-A01", title: "Bài giảng A01", kind: .slides, location: .url("https://a.vn/")),
                    modules: ["A01"])
                var reduced = catalog
                reduced.materials.removeAll { $0.code == "SO-TAY" }
                let changes = try await TrainingOperations(database: pool).importCatalog(reduced)
                #expect(changes[.materials]?.removed == ["SO-TAY"])
                #expect(
                    try await Self.count(
                        pool,
                        """
                        SELECT count(*) FROM materials m JOIN module_materials l ON l.material_id = m.id
                        WHERE m.code = 'SLIDES-A01' AND l.module_code = 'A01' AND NOT m.from_catalog
                        """) == 1)
                #expect(try await TrainingOperations(database: pool).importCatalog(reduced).isUnchanged)
            }
        }
    }

    @Test("a program's audience is imported, and a changed one is reported as a change")
    func audience() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                let stored = {
                    try await pool.client.query(
                        "SELECT code, audience FROM curricula ORDER BY code", logger: TestCluster.logger
                    ).collect().map { try $0.decode((String, [String]).self) }
                }
                #expect(try await stored().map(\.1) == [["national_assembly+first-time"], []])
                var edited = catalog
                edited.curricula[0].audience = try Audience(parsing: [
                    "national_assembly+first-time", "national_assembly+full-time",
                ])
                let changes = try await TrainingOperations(database: pool).importCatalog(edited)
                #expect(changes[.programs]?.changed == ["CT-A"])
                #expect(
                    try await stored().first?.1 == ["national_assembly+first-time", "national_assembly+full-time"])
            }
        }
    }

    @Test("a dry run reports what an import would do and writes nothing")
    func dryRun() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let before = try await Self.digest(pool)
                let changes = try await TrainingOperations(database: pool).importCatalog(catalog, dryRun: true)
                #expect(changes.dryRun)
                #expect(changes[.communes]?.added.count == 2_000)
                #expect(try await Self.digest(pool) == before)
            }
        }
    }

    @Test("changed, reordered and removed modules are reported as such")
    func changes() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                var edited = catalog
                let program = try #require(edited.curricula.firstIndex { $0.code == "CT-D" })
                edited.curricula[program].modules.removeLast()  // D04
                edited.curricula[program].modules[0].title = "Khái quát về Quốc hội và HĐND"
                edited.curricula[program].modules.swapAt(0, 1)
                edited.curricula[program].modules[0].prerequisites = []
                edited.curricula[program].modules[1].prerequisites = ["D02"]
                edited.holidays.removeFirst()
                let changes = try await TrainingOperations(database: pool).importCatalog(edited)
                #expect(changes[.modules]?.removed == ["D04"])
                #expect(changes[.modules]?.changed == ["D01", "D02"])
                #expect(changes[.holidays]?.removed == ["holiday:2026-01-01"])
                #expect(changes[.communes]?.isUnchanged == true)
            }
        }
    }

    @Test("removing a module a class uses is refused with the class, and nothing is written; forced, it goes")
    func removalUsedByClass() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                let classID = try await Self.count(
                    pool,
                    """
                    INSERT INTO classes (code, curriculum_code, online, capacity, starts_on, ends_on)
                    VALUES ('D-TT-01', 'CT-D', true, 40, '2026-04-06', '2026-04-08') RETURNING id
                    """)
                try await pool.client.query(
                    "INSERT INTO class_modules (class_id, module_code) VALUES (\(classID), 'D04')",
                    logger: TestCluster.logger)
                var edited = catalog
                let program = try #require(edited.curricula.firstIndex { $0.code == "CT-D" })
                edited.curricula[program].modules.removeLast()

                let before = try await Self.digest(pool)
                await #expect {
                    try await TrainingOperations(database: pool).importCatalog(edited)
                } throws: { error in
                    let refusal = error as? CatalogImportError
                    return refusal?.code == .usedByClasses
                        && refusal?.classes == [ClassUse(classCode: "D-TT-01", uses: "module D04")]
                }
                #expect(try await Self.digest(pool) == before)

                let forced = try await TrainingOperations(database: pool).importCatalog(edited, force: true)
                #expect(forced[.modules]?.removed == ["D04"])
                #expect(forced.detachedClasses == [ClassUse(classCode: "D-TT-01", uses: "module D04")])
                #expect(try await Self.count(pool, "SELECT count(*) FROM class_modules") == 0)
                #expect(try await Self.count(pool, "SELECT count(*) FROM classes") == 1)
            }
        }
    }

    /// Adds a delegate of the council of province 04 and returns its id.
    static func addDelegate(_ database: PostgresInfrastructure.Database) async throws -> Int {
        try await count(
            database,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code)
            SELECT 'CB0001', 'Nông Thị Hoa', 'Hoa Thị Nông', id, '04', '2026-2031'
            FROM bodies WHERE kind = 'province_council' AND province_code = '04' RETURNING id
            """)
    }

    @Test("a program whose class has enrollments cannot be removed, even with --force")
    func removalOfClassWithHistory() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                let delegate = try await Self.addDelegate(pool)
                _ = try await Self.count(
                    pool,
                    """
                    WITH c AS (
                        INSERT INTO classes (code, curriculum_code, online, capacity, starts_on, ends_on)
                        VALUES ('D-TT-01', 'CT-D', true, 40, '2026-04-06', '2026-04-08') RETURNING id)
                    INSERT INTO enrollments (class_id, delegate_id, status)
                    SELECT id, \(delegate), 'enrolled' FROM c RETURNING id
                    """)
                var edited = catalog
                edited.curricula.removeAll { $0.code == "CT-D" }
                let before = try await Self.digest(pool)
                await #expect {
                    try await TrainingOperations(database: pool).importCatalog(edited, force: true)
                } throws: { error in
                    let refusal = error as? CatalogImportError
                    return refusal?.code == .classHasHistory
                        && refusal?.classes == [ClassUse(classCode: "D-TT-01", uses: "program CT-D")]
                }
                #expect(try await Self.digest(pool) == before)
            }
        }
    }

    @Test("removing a province its delegates still belong to is refused, and nothing is written")
    func removalOfReferencedProvince() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TrainingOperations(database: pool).importCatalog(catalog)
                _ = try await Self.addDelegate(pool)
                var edited = catalog
                edited.provinces.removeAll { $0.code == "04" }
                edited.communes.removeAll { $0.provinceCode == "04" }
                edited.sittings.removeAll { $0.body != .nationalAssembly }
                let before = try await Self.digest(pool)
                await #expect {
                    try await TrainingOperations(database: pool).importCatalog(edited)
                } throws: { error in
                    (error as? CatalogImportError)?.code == .stillReferenced
                }
                #expect(try await Self.digest(pool) == before)
            }
        }
    }

    @Test("two imports at once: one adds the catalog, the other waits for it and finds nothing to change")
    func concurrentImports() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let catalog = self.catalog
                async let first = TrainingOperations(database: pool).importCatalog(catalog)
                async let second = TrainingOperations(database: pool).importCatalog(catalog)
                let results = try await [first, second]
                #expect(results.filter(\.isUnchanged).count == 1)
                #expect(results.contains { $0[.communes]?.added.count == 2_000 })
                #expect(try await Self.count(pool, "SELECT count(*) FROM communes") == 2_000)
            }
        }
    }
}
