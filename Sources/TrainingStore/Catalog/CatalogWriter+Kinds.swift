import Foundation
import Logging
import PostgresNIO
import TrainingModel

/// One statement set per kind of the catalog, each making its table hold exactly what the catalog lists.
extension CatalogWriter {
    func applyTerms() async throws {
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

    func applyProvinces() async throws {
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

    func applyCommunes() async throws {
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
    func applyBodies() async throws {
        try await run(
            """
            INSERT INTO bodies (kind, name) SELECT 'national_assembly', 'Quốc hội'
            WHERE NOT EXISTS (SELECT 1 FROM bodies WHERE kind = 'national_assembly')
            """)
        guard catalog.kinds.contains(.provinces) else { return }
        try await run(
            """
            INSERT INTO bodies (kind, province_code, name)
            SELECT 'province_council', p.code, 'HĐND ' || unit_in_sentence(p.name) FROM provinces p
            WHERE p.code = ANY(\(catalog.provinces.map(\.code))::text[])
            ON CONFLICT (province_code) WHERE kind = 'province_council'
            DO UPDATE SET name = EXCLUDED.name WHERE bodies.name IS DISTINCT FROM EXCLUDED.name
            """)
    }

    func applyMaterials() async throws {
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

    func applyPrograms() async throws {
        let programs = catalog.curricula
        try await run(
            """
            INSERT INTO curricula (code, term_code, title, target_groups, audience, min_attendance,
                                   requires_all_required_modules, issuer_body, issuer_parent_body,
                                   issuer_signer_title, issuer_place)
            SELECT c.code, c.term, c.title, ARRAY(SELECT jsonb_array_elements_text(c.groups::jsonb)),
                   ARRAY(SELECT jsonb_array_elements_text(c.audience::jsonb)), c.share::numeric(4, 3), c.all_required,
                   nullif(c.body, ''), nullif(c.parent, ''), nullif(c.signer, ''), nullif(c.place, '')
            FROM unnest(\(programs.map(\.code))::text[], \(programs.map(\.termCode))::text[],
                        \(programs.map(\.title))::text[], \(programs.map { Self.json($0.targetGroups) })::text[],
                        \(programs.map { Self.json($0.audience.tokens) })::text[],
                        \(programs.map(\.completionRule.minimumAttendance))::float8[],
                        \(programs.map(\.completionRule.requiresAllRequiredModules))::boolean[],
                        \(programs.map { $0.issuer?.body ?? "" })::text[],
                        \(programs.map { $0.issuer?.parentBody ?? "" })::text[],
                        \(programs.map { $0.issuer?.signerTitle ?? "" })::text[],
                        \(programs.map { $0.issuer?.place ?? "" })::text[])
                 AS c(code, term, title, groups, audience, share, all_required, body, parent, signer, place)
            ON CONFLICT (code) DO UPDATE SET term_code = EXCLUDED.term_code, title = EXCLUDED.title,
                target_groups = EXCLUDED.target_groups, audience = EXCLUDED.audience,
                min_attendance = EXCLUDED.min_attendance,
                requires_all_required_modules = EXCLUDED.requires_all_required_modules,
                issuer_body = EXCLUDED.issuer_body, issuer_parent_body = EXCLUDED.issuer_parent_body,
                issuer_signer_title = EXCLUDED.issuer_signer_title, issuer_place = EXCLUDED.issuer_place
            WHERE (curricula.term_code, curricula.title, curricula.target_groups, curricula.audience,
                   curricula.min_attendance, curricula.requires_all_required_modules, curricula.issuer_body,
                   curricula.issuer_parent_body, curricula.issuer_signer_title, curricula.issuer_place)
                IS DISTINCT FROM (EXCLUDED.term_code, EXCLUDED.title, EXCLUDED.target_groups, EXCLUDED.audience,
                   EXCLUDED.min_attendance, EXCLUDED.requires_all_required_modules, EXCLUDED.issuer_body,
                   EXCLUDED.issuer_parent_body, EXCLUDED.issuer_signer_title, EXCLUDED.issuer_place)
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
    func applyHolidays() async throws {
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
    func applySittings() async throws {
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
