import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension Database {
    /// Makes the database hold `catalog` inside `transaction`, and says what changed, kind by kind.
    ///
    /// Each kind the catalog holds becomes exactly what the catalog says: new rows are added, rows that
    /// differ are updated (only those, so an unchanged catalog writes nothing), rows the catalog no longer
    /// has are removed. Kinds the catalog does not mention are left alone. Removing a module or a program a
    /// class uses is refused with the list of those classes, unless `force`, which removes that use too
    /// (never a class with enrollments or certificates). `dryRun` only marks the report: the caller rolls
    /// the transaction back. A removal other records still need fails when the transaction commits;
    /// ``CatalogImportError/init(stillReferenced:)`` says so in words.
    public func importCatalog(_ catalog: Catalog, force: Bool, dryRun: Bool, in transaction: Transaction)
        async throws -> CatalogChanges
    {
        let connection = transaction.connection
        let writer = CatalogWriter(connection: connection, logger: logger, catalog: catalog)
        // Two imports at once would each see the other's rows as "to remove".
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext('ttbd.catalog'))", logger: logger)
        let before = try await writer.snapshot()
        let detached = try await writer.checkRemovals(force: force)
        try await writer.apply()
        var changes = CatalogChanges(
            kinds: writer.kinds, before: before, after: try await writer.snapshot(), dryRun: dryRun)
        changes.detachedClasses = detached
        return changes
    }
}

extension CatalogImportError {
    /// The refusal a foreign-key violation of an import stands for (something removed is still used), or
    /// `nil` for any other error.
    public init?(stillReferenced error: any Error) {
        guard DatabaseFailure.sqlState(of: error) == "23503" else { return nil }
        let detail = DatabaseFailure.serverError(in: error)?.serverInfo?[.detail] ?? ""
        self.init(
            .stillReferenced,
            "cannot remove what the catalog no longer lists: other records still use it (\(detail)); nothing was imported"
        )
    }
}

/// The statements of one import, on the connection that holds its transaction. Every list is bound as
/// an array and spread with `unnest`, so 3,321 communes take one statement, not 3,321.
struct CatalogWriter {
    let connection: PostgresConnection
    let logger: Logger
    let catalog: Catalog

    /// The kinds this import manages, in import order.
    var kinds: [CatalogKind] {
        var kinds = catalog.kinds
        if kinds.contains(.sittings) { kinds.insert(.bodies) }
        return kinds.sorted()
    }

    private func run(_ query: PostgresQuery) async throws {
        try await connection.query(query, logger: logger)
    }

    // MARK: What the database holds

    /// Every row of each managed kind as key → its content in text, to compare before and after.
    func snapshot() async throws -> [CatalogKind: [String: String]] {
        var result: [CatalogKind: [String: String]] = [:]
        for kind in kinds {
            let rows = try await connection.query(Self.snapshotQuery(kind), logger: logger)
            var values: [String: String] = [:]
            for try await (key, value) in rows.decode((String, String).self) {
                values[key] = value
            }
            result[kind] = values
        }
        return result
    }

    private static func snapshotQuery(_ kind: CatalogKind) -> PostgresQuery {
        switch kind {
        case .terms: "SELECT code, row(starts_on, ends_on, induction_ends_on)::text FROM terms"
        case .provinces: "SELECT code, row(name, kind, codename)::text FROM provinces"
        case .communes: "SELECT code, row(province_code, name, kind)::text FROM communes"
        case .bodies:
            "SELECT kind || coalesce(':' || province_code, ''), name FROM bodies WHERE kind <> 'commune_council'"
        case .materials: "SELECT code, row(title, kind, url, file_path, sha256)::text FROM materials WHERE from_catalog"
        case .programs:
            """
            SELECT code, row(term_code, title, target_groups, audience, min_attendance,
                requires_all_required_modules)::text
            FROM curricula
            """
        case .modules:
            """
            SELECT m.code, row(m.curriculum_code, m.position, m.title, m.title_en, m.half_day_sessions,
                m.target_groups, m.elective, m.assessment, m.prerequisite_note,
                (SELECT string_agg(p.prerequisite_code, ',' ORDER BY p.prerequisite_code)
                 FROM module_prerequisites p WHERE p.module_code = m.code),
                (SELECT string_agg(mat.code, ',' ORDER BY mat.code)
                 FROM module_materials mm JOIN materials mat ON mat.id = mm.material_id
                 WHERE mm.module_code = m.code))::text
            FROM modules m
            """
        case .holidays:
            "SELECT catalog_key, row(during, reason)::text FROM unavailability WHERE catalog_key LIKE 'holiday:%'"
        case .sittings:
            "SELECT catalog_key, row(body_id, during, reason)::text FROM unavailability WHERE catalog_key LIKE 'sitting:%'"
        }
    }

    // MARK: Removals that classes stand in the way of

    /// The classes that use a module or a program this import removes. Refused unless `force`; forced,
    /// their sessions and module links of removed modules go, and classes of removed programs go when they
    /// have no enrollment or certificate.
    func checkRemovals(force: Bool) async throws -> [ClassUse] {
        guard catalog.kinds.contains(.programs) else { return [] }
        let programs = catalog.curricula.map(\.code)
        let modules = catalog.modules.map(\.code)
        let rows = try await connection.query(
            """
            SELECT c.code, 'program ' || c.curriculum_code, EXISTS (
                    SELECT 1 FROM enrollments e WHERE e.class_id = c.id
                    UNION ALL SELECT 1 FROM certificates x WHERE x.class_id = c.id)
            FROM classes c WHERE c.curriculum_code <> ALL(\(programs)::text[])
            UNION
            SELECT c.code, 'module ' || u.module_code, false
            FROM classes c
            JOIN (SELECT class_id, module_code FROM class_modules
                  UNION SELECT class_id, module_code FROM sessions) u ON u.class_id = c.id
            WHERE u.module_code <> ALL(\(modules)::text[])
            ORDER BY 1, 2
            """, logger: logger)
        var uses: [ClassUse] = []
        var withHistory: [ClassUse] = []
        for try await (code, use, hasHistory) in rows.decode((String, String, Bool).self) {
            uses.append(ClassUse(classCode: code, uses: use))
            if hasHistory { withHistory.append(ClassUse(classCode: code, uses: use)) }
        }
        guard !uses.isEmpty else { return [] }
        guard force else {
            throw CatalogImportError(
                .usedByClasses,
                "refusing to remove modules or programs that classes use (give --force to remove them and their use by these classes); nothing was imported:",
                classes: uses)
        }
        guard withHistory.isEmpty else {
            throw CatalogImportError(
                .classHasHistory,
                "cannot remove these programs even with --force: their classes have enrollments or certificates; nothing was imported:",
                classes: withHistory)
        }
        try await run(
            "DELETE FROM sessions WHERE module_code <> ALL(\(modules)::text[])")
        try await run("DELETE FROM class_modules WHERE module_code <> ALL(\(modules)::text[])")
        try await run("DELETE FROM classes WHERE curriculum_code <> ALL(\(programs)::text[])")
        return uses
    }

    // MARK: Writing

    func apply() async throws {
        let kinds = Set(kinds)
        if kinds.contains(.terms) { try await applyTerms() }
        if kinds.contains(.provinces) { try await applyProvinces() }
        if kinds.contains(.communes) { try await applyCommunes() }
        if kinds.contains(.bodies) { try await applyBodies() }
        if kinds.contains(.materials) { try await applyMaterials() }
        if kinds.contains(.programs) { try await applyPrograms() }
        if kinds.contains(.holidays) { try await applyHolidays() }
        if kinds.contains(.sittings) { try await applySittings() }
        // Removals last, the most dependent first, once nothing the catalog keeps points at them.
        if kinds.contains(.programs) {
            let modules = catalog.modules.map(\.code)
            try await run("DELETE FROM modules WHERE code <> ALL(\(modules)::text[])")
            try await run("DELETE FROM curricula WHERE code <> ALL(\(catalog.curricula.map(\.code))::text[])")
        }
        if kinds.contains(.materials) {
            try await run(
                "DELETE FROM materials WHERE from_catalog AND code <> ALL(\(catalog.materials.map(\.code))::text[])")
        }
        if kinds.contains(.communes) {
            try await run("DELETE FROM communes WHERE code <> ALL(\(catalog.communes.map(\.code))::text[])")
        }
        if kinds.contains(.provinces) {
            let provinces = catalog.provinces.map(\.code)
            try await run(
                "DELETE FROM bodies WHERE kind = 'province_council' AND province_code <> ALL(\(provinces)::text[])")
            try await run("DELETE FROM provinces WHERE code <> ALL(\(provinces)::text[])")
        }
        if kinds.contains(.terms) {
            try await run("DELETE FROM terms WHERE code <> ALL(\(catalog.terms.map(\.code))::text[])")
        }
    }

    private func applyTerms() async throws {
        let terms = catalog.terms
        try await run(
            """
            INSERT INTO terms (code, starts_on, ends_on, induction_ends_on)
            SELECT t.code, t.starts::date, t.ends::date, nullif(t.induction, '')::date
            FROM unnest(\(terms.map(\.code))::text[], \(terms.map(\.startsOn.description))::text[],
                        \(terms.map(\.endsOn.description))::text[],
                        \(terms.map { $0.inductionEndsOn?.description ?? "" })::text[]) AS t(code, starts, ends, induction)
            ON CONFLICT (code) DO UPDATE SET
                starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, induction_ends_on = EXCLUDED.induction_ends_on
            WHERE (terms.starts_on, terms.ends_on, terms.induction_ends_on)
                IS DISTINCT FROM (EXCLUDED.starts_on, EXCLUDED.ends_on, EXCLUDED.induction_ends_on)
            """)
    }

    private func applyProvinces() async throws {
        let provinces = catalog.provinces
        try await run(
            """
            INSERT INTO provinces (code, name, kind, codename)
            SELECT * FROM unnest(\(provinces.map(\.code))::text[], \(provinces.map(\.name))::text[],
                                 \(provinces.map(\.kind.rawValue))::text[], \(provinces.map(\.codename))::text[])
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, codename = EXCLUDED.codename
            WHERE (provinces.name, provinces.kind, provinces.codename)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.codename)
            """)
    }

    private func applyCommunes() async throws {
        let communes = catalog.communes
        try await run(
            """
            INSERT INTO communes (code, province_code, name, kind)
            SELECT * FROM unnest(\(communes.map(\.code))::text[], \(communes.map(\.provinceCode))::text[],
                                 \(communes.map(\.name))::text[], \(communes.map(\.kind.rawValue))::text[])
            ON CONFLICT (code) DO UPDATE SET
                province_code = EXCLUDED.province_code, name = EXCLUDED.name, kind = EXCLUDED.kind
            WHERE (communes.province_code, communes.name, communes.kind)
                IS DISTINCT FROM (EXCLUDED.province_code, EXCLUDED.name, EXCLUDED.kind)
            """)
    }

    /// The National Assembly and one People's Council per province. Commune councils are the roster's.
    private func applyBodies() async throws {
        try await run(
            """
            INSERT INTO bodies (kind, name) SELECT 'national_assembly', 'Quốc hội'
            WHERE NOT EXISTS (SELECT 1 FROM bodies WHERE kind = 'national_assembly')
            """)
        guard catalog.kinds.contains(.provinces) else { return }
        try await run(
            """
            INSERT INTO bodies (kind, province_code, name)
            SELECT 'province_council', p.code, 'HĐND ' || p.name FROM provinces p
            WHERE p.code = ANY(\(catalog.provinces.map(\.code))::text[])
            ON CONFLICT (province_code) WHERE kind = 'province_council'
            DO UPDATE SET name = EXCLUDED.name WHERE bodies.name IS DISTINCT FROM EXCLUDED.name
            """)
    }

    private func applyMaterials() async throws {
        let materials = catalog.materials
        let urls = materials.map { if case .url(let url) = $0.location { url } else { "" } }
        let paths = materials.map { if case .file(let path, _) = $0.location { path } else { "" } }
        let checksums = materials.map { if case .file(_, let sha256) = $0.location { sha256 } else { "" } }
        try await run(
            """
            INSERT INTO materials (code, title, kind, url, file_path, sha256, from_catalog)
            SELECT m.code, m.title, m.kind, nullif(m.url, ''), nullif(m.path, ''), nullif(m.sha256, ''), true
            FROM unnest(\(materials.map(\.code))::text[], \(materials.map(\.title))::text[],
                        \(materials.map(\.kind.rawValue))::text[], \(urls)::text[], \(paths)::text[],
                        \(checksums)::text[]) AS m(code, title, kind, url, path, sha256)
            ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind, url = EXCLUDED.url,
                file_path = EXCLUDED.file_path, sha256 = EXCLUDED.sha256, from_catalog = true
            WHERE (materials.title, materials.kind, materials.url, materials.file_path, materials.sha256,
                   materials.from_catalog)
                IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.kind, EXCLUDED.url, EXCLUDED.file_path, EXCLUDED.sha256,
                   true)
            """)
    }

    private func applyPrograms() async throws {
        let programs = catalog.curricula
        try await run(
            """
            INSERT INTO curricula (code, term_code, title, target_groups, audience, min_attendance,
                                   requires_all_required_modules)
            SELECT c.code, c.term, c.title, ARRAY(SELECT jsonb_array_elements_text(c.groups::jsonb)),
                   ARRAY(SELECT jsonb_array_elements_text(c.audience::jsonb)), c.share::numeric(4, 3), c.all_required
            FROM unnest(\(programs.map(\.code))::text[], \(programs.map(\.termCode))::text[],
                        \(programs.map(\.title))::text[], \(programs.map { Self.json($0.targetGroups) })::text[],
                        \(programs.map { Self.json($0.audience.tokens) })::text[],
                        \(programs.map(\.completionRule.minimumAttendance))::float8[],
                        \(programs.map(\.completionRule.requiresAllRequiredModules))::boolean[])
                 AS c(code, term, title, groups, audience, share, all_required)
            ON CONFLICT (code) DO UPDATE SET term_code = EXCLUDED.term_code, title = EXCLUDED.title,
                target_groups = EXCLUDED.target_groups, audience = EXCLUDED.audience,
                min_attendance = EXCLUDED.min_attendance,
                requires_all_required_modules = EXCLUDED.requires_all_required_modules
            WHERE (curricula.term_code, curricula.title, curricula.target_groups, curricula.audience,
                   curricula.min_attendance, curricula.requires_all_required_modules)
                IS DISTINCT FROM (EXCLUDED.term_code, EXCLUDED.title, EXCLUDED.target_groups, EXCLUDED.audience,
                   EXCLUDED.min_attendance, EXCLUDED.requires_all_required_modules)
            """)
        var modules: [(program: String, position: Int, module: Module)] = []
        for program in programs {
            for (index, module) in program.modules.enumerated() {
                modules.append((program.code, index + 1, module))
            }
        }
        try await run(
            """
            INSERT INTO modules (code, curriculum_code, position, title, title_en, half_day_sessions, target_groups,
                                 elective, assessment, prerequisite_note)
            SELECT m.code, m.program, m.position, m.title, nullif(m.title_en, ''), m.sessions,
                   ARRAY(SELECT jsonb_array_elements_text(m.groups::jsonb)), m.elective, m.assessment,
                   nullif(m.note, '')
            FROM unnest(\(modules.map(\.module.code))::text[], \(modules.map(\.program))::text[],
                        \(modules.map(\.position))::int8[], \(modules.map(\.module.title))::text[],
                        \(modules.map { $0.module.englishTitle ?? "" })::text[],
                        \(modules.map(\.module.halfDaySessions))::int8[],
                        \(modules.map { Self.json($0.module.targetGroups) })::text[],
                        \(modules.map(\.module.elective))::boolean[],
                        \(modules.map { $0.module.assessments.map(\.rawValue).joined(separator: "+") })::text[],
                        \(modules.map { $0.module.prerequisiteNote ?? "" })::text[])
                 AS m(code, program, position, title, title_en, sessions, groups, elective, assessment, note)
            ON CONFLICT (code) DO UPDATE SET curriculum_code = EXCLUDED.curriculum_code, position = EXCLUDED.position,
                title = EXCLUDED.title, title_en = EXCLUDED.title_en, half_day_sessions = EXCLUDED.half_day_sessions,
                target_groups = EXCLUDED.target_groups, elective = EXCLUDED.elective,
                assessment = EXCLUDED.assessment, prerequisite_note = EXCLUDED.prerequisite_note
            WHERE (modules.curriculum_code, modules.position, modules.title, modules.title_en,
                   modules.half_day_sessions, modules.target_groups, modules.elective, modules.assessment,
                   modules.prerequisite_note)
                IS DISTINCT FROM (EXCLUDED.curriculum_code, EXCLUDED.position, EXCLUDED.title, EXCLUDED.title_en,
                   EXCLUDED.half_day_sessions, EXCLUDED.target_groups, EXCLUDED.elective, EXCLUDED.assessment,
                   EXCLUDED.prerequisite_note)
            """)
        let prerequisites = catalog.modules.flatMap { module in module.prerequisites.map { (module.code, $0) } }
        let (dependents, required) = (prerequisites.map(\.0), prerequisites.map(\.1))
        try await run(
            """
            DELETE FROM module_prerequisites p WHERE NOT EXISTS (
                SELECT 1 FROM unnest(\(dependents)::text[], \(required)::text[]) AS n(module, prerequisite)
                WHERE n.module = p.module_code AND n.prerequisite = p.prerequisite_code)
            """)
        try await run(
            """
            INSERT INTO module_prerequisites (module_code, prerequisite_code)
            SELECT * FROM unnest(\(dependents)::text[], \(required)::text[]) ON CONFLICT DO NOTHING
            """)
        let links = catalog.modules.flatMap { module in module.materials.map { (module.code, $0) } }
        let (linkModules, linkMaterials) = (links.map(\.0), links.map(\.1))
        try await run(
            """
            DELETE FROM module_materials l USING materials m WHERE m.id = l.material_id AND m.from_catalog AND NOT EXISTS (
                SELECT 1 FROM unnest(\(linkModules)::text[], \(linkMaterials)::text[]) AS n(module, material)
                WHERE n.module = l.module_code AND n.material = m.code)
            """)
        try await run(
            """
            INSERT INTO module_materials (module_code, material_id)
            SELECT n.module, m.id FROM unnest(\(linkModules)::text[], \(linkMaterials)::text[]) AS n(module, material)
            JOIN materials m ON m.code = n.material
            ON CONFLICT DO NOTHING
            """)
    }

    /// One row per holiday: the whole local day in Vietnam.
    private func applyHolidays() async throws {
        let holidays = catalog.holidays
        let keys = holidays.map { "holiday:\($0.date)" }
        try await run(
            """
            INSERT INTO unavailability (kind, during, reason, catalog_key)
            SELECT 'holiday',
                   tstzrange(h.day::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                             (h.day::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)'),
                   h.name, h.key
            FROM unnest(\(keys)::text[], \(holidays.map(\.date.description))::text[], \(holidays.map(\.name))::text[])
                 AS h(key, day, name)
            ON CONFLICT (catalog_key) DO UPDATE SET during = EXCLUDED.during, reason = EXCLUDED.reason
            WHERE (unavailability.during, unavailability.reason) IS DISTINCT FROM (EXCLUDED.during, EXCLUDED.reason)
            """)
        try await run(
            "DELETE FROM unavailability WHERE catalog_key LIKE 'holiday:%' AND catalog_key <> ALL(\(keys)::text[])")
    }

    /// One row per sitting, owned by the body that sits, from its first day to the end of its last.
    private func applySittings() async throws {
        let sittings = catalog.sittings
        let keys = sittings.map { "sitting:\($0.body):\($0.startsOn)" }
        let bodies = sittings.map {
            if case .provinceCouncil = $0.body { "province_council" } else { "national_assembly" }
        }
        let provinces = sittings.map { if case .provinceCouncil(let code) = $0.body { code } else { "" } }
        try await run(
            """
            INSERT INTO unavailability (kind, body_id, during, reason, catalog_key)
            SELECT 'sitting', b.id,
                   tstzrange(s.starts::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                             (s.ends::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)'),
                   s.name, s.key
            FROM unnest(\(keys)::text[], \(bodies)::text[], \(provinces)::text[],
                        \(sittings.map(\.startsOn.description))::text[], \(sittings.map(\.endsOn.description))::text[],
                        \(sittings.map(\.name))::text[]) AS s(key, body, province, starts, ends, name)
            JOIN bodies b ON b.kind = s.body AND (s.body = 'national_assembly' OR b.province_code = s.province)
            ON CONFLICT (catalog_key) DO UPDATE SET body_id = EXCLUDED.body_id, during = EXCLUDED.during,
                reason = EXCLUDED.reason
            WHERE (unavailability.body_id, unavailability.during, unavailability.reason)
                IS DISTINCT FROM (EXCLUDED.body_id, EXCLUDED.during, EXCLUDED.reason)
            """)
        try await run(
            "DELETE FROM unavailability WHERE catalog_key LIKE 'sitting:%' AND catalog_key <> ALL(\(keys)::text[])")
    }

    private static func json(_ texts: [String]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: texts, options: [.withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
