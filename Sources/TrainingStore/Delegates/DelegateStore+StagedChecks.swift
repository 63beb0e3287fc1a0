import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension DelegateStore {
    /// What the staged rows may not do, each problem at its line: take the code of a person of the other
    /// standing (a roster row would overwrite a candidate), or a national id another person already has. A
    /// delegate and a candidate may share one (the candidate was elected); a candidate may not take a
    /// delegate's, except the delegate they are linked to.
    func checkStaged(file: String, standing: Delegate.Standing, on connection: PostgresConnection) async throws {
        var problems: [Diagnostic] = []
        let codes = try await connection.query(
            """
            SELECT s.line, s.code, d.full_name
            FROM roster_staging s JOIN delegates d ON d.code = s.code AND d.standing <> \(standing.rawValue)
            ORDER BY s.line LIMIT 100
            """, logger: logger)
        for try await (line, code, name) in codes.decode((Int, String, String).self) {
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: line, column: 1),
                    standing == .delegate
                        ? "code \(code) belongs to the candidate \(name); expected a delegate's code"
                        : "code \(code) belongs to the delegate \(name); expected a code of the candidate's own"))
        }
        let nationalIDs = try await connection.query(
            """
            SELECT s.line, s.national_id, d.code, d.standing
            FROM roster_staging s
            JOIN delegates d ON d.national_id = s.national_id AND d.code <> s.code
            LEFT JOIN delegates own ON own.code = s.code
            WHERE d.standing = \(standing.rawValue)
               OR (\(standing.rawValue) = 'candidate' AND d.id IS DISTINCT FROM own.linked_delegate_id)
            ORDER BY s.line LIMIT 100
            """, logger: logger)
        for try await (line, nationalID, code, holder) in nationalIDs.decode((Int, String, String, String).self) {
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: line, column: 1),
                    holder == Delegate.Standing.candidate.rawValue
                        ? "national_id \(nationalID) already belongs to candidate \(code); expected each person once"
                        : "national_id \(nationalID) already belongs to delegate \(code); expected each person once"))
        }
        if !problems.isEmpty { throw InputError(problems.sorted { $0.location.line < $1.location.line }) }
    }
}
