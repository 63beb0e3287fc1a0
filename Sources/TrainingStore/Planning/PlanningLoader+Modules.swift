import PostgresNIO
import TrainingPlanner

/// The modules the planned classes teach (in each program's order, with their half-day counts), their
/// prerequisites, and the lecturers who teach them.
struct ModuleCatalog {
    struct ClassModule {
        var code: String
        var sessions: Int
    }

    var modules: [PlanningModule] = []
    var index: [String: Int] = [:]
    var modulesOfClass: [Int: [ClassModule]] = [:]
    var lecturerIDs: [Int] = []

    static func load(classIDs: [Int], loader: PlanningLoader) async throws -> ModuleCatalog {
        var catalog = ModuleCatalog()
        for row in try await loader.rows(
            """
            SELECT class_id, module_code, half_day_sessions FROM class_module_list
            WHERE class_id = ANY(\(classIDs)) ORDER BY class_id, position
            """)
        {
            let (classID, code, sessions) = try row.decode((Int, String, Int).self)
            catalog.modulesOfClass[classID, default: []].append(ClassModule(code: code, sessions: sessions))
            if catalog.index[code] == nil {
                catalog.index[code] = catalog.modules.count
                catalog.modules.append(PlanningModule(code: code, lecturers: []))
            }
        }
        let codes = catalog.modules.map(\.code)
        for row in try await loader.rows(
            """
            SELECT module_code, prerequisite_code FROM module_prerequisites
            WHERE module_code = ANY(\(codes)) AND prerequisite_code = ANY(\(codes))
            """)
        {
            let (module, prerequisite) = try row.decode((String, String).self)
            catalog.modules[catalog.index[module]!].prerequisites.append(catalog.index[prerequisite]!)
        }
        var lecturerIndex: [Int: Int] = [:]
        for row in try await loader.rows(
            """
            SELECT lm.module_code, l.id FROM lecturer_modules lm JOIN lecturers l ON l.id = lm.lecturer_id
            WHERE lm.module_code = ANY(\(codes)) ORDER BY l.code, lm.module_code
            """)
        {
            let (module, lecturer) = try row.decode((String, Int).self)
            if lecturerIndex[lecturer] == nil {
                lecturerIndex[lecturer] = catalog.lecturerIDs.count
                catalog.lecturerIDs.append(lecturer)
            }
            catalog.modules[catalog.index[module]!].lecturers.append(lecturerIndex[lecturer]!)
        }
        return catalog
    }
}
