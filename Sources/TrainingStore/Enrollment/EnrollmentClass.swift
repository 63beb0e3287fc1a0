import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The class an enrollment is for: its rules and its state.
struct EnrollmentClass {
    var id: Int
    var rules: EnrollmentRules
    /// The program's term: `--where` picks delegates of it unless told otherwise.
    var term: String

    /// The class's columns ``init(cells:)`` reads, of `target` joined to its curriculum `cu`.
    static let columns =
        "target.id, target.code, target.curriculum_code, target.status, cu.audience, target.audience, cu.term_code"

    /// Reads the class's rules, without locking it: the rules are checked before the class is locked, so
    /// enrollers of one class hold its row only while taking seats. Refuses a class that is closed or cancelled.
    static func read(code: String, on connection: PostgresConnection, logger: Logger) async throws -> EnrollmentClass {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: columns) FROM classes target JOIN curricula cu ON cu.code = target.curriculum_code
            WHERE target.code = \(code)
            """, logger: logger
        ).collect()
        guard let row = rows.first else { throw StoreError.noClass(code) }
        var cells = row.makeIterator()
        return try EnrollmentClass(cells: &cells)
    }

    /// The class from the next cells of a row holding ``columns``; refused when closed or cancelled.
    init(cells: inout PostgresRow.Iterator) throws {
        let (id, classCode, program, status): (Int, String, String, String) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        let (programTokens, classTokens, term): ([String], [String], String) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        guard status != "closed" && status != "cancelled" else {
            throw StoreError(
                .refused,
                status == "closed"
                    ? "class \(classCode) is closed; it takes no enrollments; nothing was written"
                    : "class \(classCode) is cancelled; it takes no enrollments; nothing was written")
        }
        do {
            let rules = EnrollmentRules(
                classCode: classCode, program: program, programAudience: try Audience(parsing: programTokens),
                classAudience: try Audience(parsing: classTokens))
            self.init(id: id, rules: rules, term: term)
        } catch {
            throw StoreError(
                .inconsistentData, "class \(classCode) has an audience ttbd cannot read: \(error.wording)")
        }
    }

    init(id: Int, rules: EnrollmentRules, term: String) {
        self.id = id
        self.rules = rules
        self.term = term
    }

    /// What the rules need to know about each code, in the order given; `nil` delegate for an unknown code.
    func candidates(
        codes: [String], on connection: PostgresConnection, logger: Logger
    ) async throws -> [(code: String, id: Int?, candidate: EnrollmentRules.Candidate?)] {
        let rows = try await connection.query(
            """
            SELECT u.code, \(unescaped: Self.candidateColumns)
            FROM classes target CROSS JOIN unnest(\(codes)::text[]) WITH ORDINALITY AS u(code, n)
            \(unescaped: Self.candidateJoins)
            WHERE target.id = \(id)
            ORDER BY u.n
            """, logger: logger)
        var result: [(code: String, id: Int?, candidate: EnrollmentRules.Candidate?)] = []
        for try await row in rows {
            var cells = row.makeIterator()
            let code: String = try cells.decodeNext()
            let (id, candidate) = try Self.candidate(code: code, cells: &cells)
            result.append((code, id, candidate))
        }
        return result
    }
}
