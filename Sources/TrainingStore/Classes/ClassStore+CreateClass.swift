import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ClassStore {
    /// Opens a class with its modules and cohorts N1…Nk inside `transaction`. Refused, writing nothing: an
    /// unknown program or venue, a module of another program, a window outside the program's term, a code
    /// already taken.
    public func createClass(_ new: NewClass, in transaction: Transaction) async throws {
        let logger = self.logger
        let connection = transaction.connection
        let program = try await connection.query(
            """
            SELECT t.code, t.starts_on::text, t.ends_on::text,
                   ARRAY(SELECT m.code::text FROM modules m WHERE m.curriculum_code = cu.code ORDER BY m.position)
            FROM curricula cu JOIN terms t ON t.code = cu.term_code WHERE cu.code = \(new.program)
            """, logger: logger
        ).collect().first?.decode((String, String, String, [String]).self)
        guard let program else {
            throw StoreError.noProgram(new.program)
        }
        let (term, termStarts, termEnds, programModules) = program
        let foreign = new.modules.filter { !programModules.contains($0) }
        guard foreign.isEmpty else {
            let (named, modules) = (foreign.joined(separator: ", "), programModules.joined(separator: ", "))
            throw StoreError(
                .refused,
                foreign.count == 1
                    ? "\(named) is not a module of the program \(new.program) (its modules: \(modules))"
                    : "\(named) are not modules of the program \(new.program) (its modules: \(modules))")
        }
        guard termStarts <= new.startsOn.description, new.endsOn.description <= termEnds else {
            throw StoreError(
                .refused,
                "the class runs \(day: new.startsOn) to \(day: new.endsOn), outside the term \(term) of \(new.program) "
                    + "(\(day: termStarts) to \(day: termEnds))")
        }
        var venueID: Int?
        if let venue = new.venue {
            venueID = try await connection.query(
                "SELECT id FROM venues WHERE code = \(venue)", logger: logger
            ).collect().first?.decode(Int.self)
            guard venueID != nil else {
                throw StoreError(.notFound, "no venue has the code \(venue)", remedy: .listVenues)
            }
        }
        let classID: Int
        do {
            classID = try await connection.query(
                """
                INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on, audience)
                VALUES (\(new.code), \(new.program), \(venueID), \(venueID == nil), \(new.capacity),
                        \(new.startsOn.description)::date, \(new.endsOn.description)::date,
                        \(new.audience.tokens)::text[])
                RETURNING id
                """, logger: logger
            ).collect().first!.decode(Int.self)
        } catch let error where DatabaseFailure.sqlState(of: error) == "23505" {
            throw StoreError(.refused, "a class with the code \(new.code) already exists; choose another code")
        }
        try await connection.query(
            """
            INSERT INTO class_modules (class_id, module_code)
            SELECT \(classID), m FROM unnest(\(new.modules)::text[]) AS m
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO cohorts (class_id, code)
            SELECT \(classID), 'N' || g FROM generate_series(1, \(new.cohorts)) AS g
            """, logger: logger)
    }

    /// The class `createClass` made, read back once its transaction has committed.
    public func createdClass(_ new: NewClass) async throws -> ClassSummary {
        guard let created = try await classes(code: new.code).first else {
            throw StoreError(.inconsistentData, "class \(new.code) was created but cannot be read back")
        }
        return created
    }
}
