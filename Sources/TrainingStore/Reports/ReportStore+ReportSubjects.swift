import PostgresInfrastructure
import PostgresNIO

/// The things a report is about, looked up by the codes people type, with a refusal that says what to
/// check when a code names nothing.
extension ReportStore {
    /// The id of the class with `code`, and the program it delivers.
    func reportClass(code: String) async throws -> (id: Int, curriculum: String) {
        guard
            let row = try await client.query(
                "SELECT id, curriculum_code FROM classes WHERE code = \(code)", logger: logger
            ).collect().first
        else { throw StoreError.noClass(code) }
        let (id, curriculum) = try row.decode((Int, String).self)
        return (id, curriculum)
    }

    /// The id of the delegate with `code`.
    func reportDelegateID(code: String) async throws -> Int {
        try await requireID("SELECT id FROM delegates WHERE code = \(code)", otherwise: .noDelegate(code))
    }

    /// Refuses a term code that is not in the database.
    func requireTerm(_ code: String) async throws {
        _ = try await requireID(
            "SELECT 1 FROM terms WHERE code = \(code)",
            otherwise: StoreError(.notFound, "no term has the code \(code); terms are written like 2026-2031"))
    }

    /// Refuses a program code that is not in the database.
    func requireProgram(_ code: String) async throws {
        _ = try await requireID("SELECT 1 FROM curricula WHERE code = \(code)", otherwise: .noProgram(code))
    }

}
