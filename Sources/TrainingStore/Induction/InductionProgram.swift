import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The program induction plans for, checked against the request: it exists, belongs to the term, and the
/// window lies inside the term.
struct InductionProgram {
    var code: String
    var audience: Audience
    /// Half-day sessions of one cohort taking every module.
    var halfDays: Int

    /// Class codes are `<prefix>-<province>-NN`: CT-B gives CTB.
    var classPrefix: String { code.filter { $0.isLetter || $0.isNumber }.uppercased() }

    static func read(
        _ request: InductionRequest, on connection: PostgresConnection, logger: Logger
    ) async throws -> InductionProgram {
        let term = try await connection.query(
            "SELECT starts_on::text, ends_on::text FROM terms WHERE code = \(request.term)", logger: logger
        ).collect().first?.decode((String, String).self)
        guard let (termStarts, termEnds) = term else {
            throw StoreError(.notFound, "no term has the code \(request.term)", remedy: .importCatalog(of: "terms"))
        }
        let program = try await connection.query(
            """
            SELECT cu.term_code, cu.audience,
                   (SELECT coalesce(sum(m.half_day_sessions), 0)::int8 FROM modules m WHERE m.curriculum_code = cu.code)
            FROM curricula cu WHERE cu.code = \(request.program)
            """, logger: logger
        ).collect().first?.decode((String, [String], Int).self)
        guard let (programTerm, tokens, halfDays) = program else {
            throw StoreError.noProgram(request.program)
        }
        guard programTerm == request.term else {
            throw StoreError(
                .refused, "the program \(request.program) is for the term \(programTerm), not \(request.term)")
        }
        guard halfDays > 0 else {
            throw StoreError(.refused, "the program \(request.program) has no modules; there is nothing to schedule")
        }
        guard termStarts <= request.startsOn.description, request.endsOn.description <= termEnds else {
            throw StoreError(
                .refused,
                "the window \(day: request.startsOn) to \(day: request.endsOn) is outside the term \(request.term) "
                    + "(\(day: termStarts) to \(day: termEnds))")
        }
        let audience: Audience
        do {
            audience = try Audience(parsing: tokens)
        } catch {
            throw StoreError(
                .inconsistentData, "program \(request.program) has an audience ttbd cannot read: \(error.wording)")
        }
        return InductionProgram(code: request.program, audience: audience, halfDays: halfDays)
    }
}
