import Foundation
import PostgresInfrastructure
import TrainingImport
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Registers one candidate from `row`, a header and one row as a candidates file has them (`file` names
    /// it in problems): checked as a roster row is, and refused when the code is already registered, so
    /// registering never changes someone silently (an import of the file does that).
    public func addCandidate(_ row: Data, file: String) async throws -> RosterImportResult {
        let reader = RosterReader(
            file: file, reference: try await database.delegates.rosterReference(), standing: .candidate)
        return try await database.transaction(dryRun: false) { transaction in
            var code = ""
            let result = try await database.delegates.importDelegates(
                file: file, standing: .candidate, in: transaction
            ) { staging in
                let candidates = try reader.read(row)
                code = candidates.rows.first?.delegate.code ?? ""
                try staging.stage(candidates.rows.map { ($0.delegate, $0.line) })
                return candidates.fields
            }
            guard result.added == 1 else {
                throw StoreError(
                    .refused, "a candidate with the code \(code) is already registered; nothing was written")
            }
            return result
        }
    }
}
