import PostgresNIO

/// The things a report is about, looked up by the codes people type, with a refusal that says what to
/// check when a code names nothing.
extension Database {
    /// The id of the class with `code`, and the program it delivers.
    func reportClass(code: String) async throws -> (id: Int, curriculum: String) {
        guard
            let row = try await client.query(
                "SELECT id, curriculum_code FROM classes WHERE code = \(code)", logger: logger
            ).collect().first
        else { throw StoreError(.notFound, "no class has the code \(code); `ttbd classes list` shows the classes") }
        let (id, curriculum) = try row.decode((Int, String).self)
        return (id, curriculum)
    }

    /// The id of the delegate with `code`.
    func reportDelegateID(code: String) async throws -> Int {
        try await reportID(
            "SELECT id FROM delegates WHERE code = \(code)",
            otherwise: "no delegate has the code \(code); `ttbd delegates list --search …` finds a delegate")
    }

    /// Refuses a term code that is not in the database.
    func requireTerm(_ code: String) async throws {
        _ = try await reportID(
            "SELECT 1 FROM terms WHERE code = \(code)",
            otherwise: "no term has the code \(code); terms are written like 2026-2031")
    }

    /// Refuses a program code that is not in the database.
    func requireProgram(_ code: String) async throws {
        _ = try await reportID(
            "SELECT 1 FROM curricula WHERE code = \(code)",
            otherwise: "no program has the code \(code); `ttbd catalog` imports the programs, e.g. CT-B")
    }

    private func reportID(_ query: PostgresQuery, otherwise message: String) async throws -> Int {
        guard let row = try await client.query(query, logger: logger).collect().first else {
            throw StoreError(.notFound, message)
        }
        return try row.decode(Int.self)
    }
}
