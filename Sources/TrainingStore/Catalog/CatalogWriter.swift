import Foundation
import Logging
import PostgresNIO
import TrainingModel

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

    func run(_ query: PostgresQuery) async throws {
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
                requires_all_required_modules, issuer_body, issuer_parent_body, issuer_signer_title, issuer_place)::text
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
        case .regions:
            """
            SELECT r.code, row(r.name, ARRAY(
                SELECT p.province_code FROM region_provinces p WHERE p.region_code = r.code ORDER BY p.position))::text
            FROM regions r
            """
        case .surveys: surveysSnapshot
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
        if kinds.contains(.regions) { try await applyRegions() }
        if kinds.contains(.materials) { try await applyMaterials() }
        if kinds.contains(.programs) { try await applyPrograms() }
        if kinds.contains(.holidays) { try await applyHolidays() }
        if kinds.contains(.sittings) { try await applySittings() }
        if kinds.contains(.surveys) { try await applySurveys() }
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
}
