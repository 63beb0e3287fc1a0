import Foundation
import TrainingImport
import TrainingModel
import TrainingStore

/// What importing a roster did (or, on a dry run, would do), and what the reader warned about.
public struct RosterImport: Sendable {
    public var result: RosterImportResult
    /// Rows that were imported but deserve a look (e.g. a birth date that makes a delegate very young).
    public var warnings: [Diagnostic]
}

extension TrainingOperations {
    /// Imports the roster `contents` of `file` (its name, for problems): reads every row against the codes
    /// the catalog loaded, and adds new delegates and updates changed ones by code, all in one transaction.
    /// Only the columns the file has are updated; a dry run lists every field it would change.
    /// Any invalid row throws an ``InputError`` listing every problem, and nothing is written. `progress` is
    /// told how many rows have been sent to the database, every 10,000. A list of candidates (`standing` `.candidate`) is
    /// imported the same way, into candidates' records only.
    public func importRoster(
        _ contents: Data, file: String, standing: Delegate.Standing = .delegate, dryRun: Bool,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> RosterImport {
        let reader = RosterReader(
            file: file, reference: try await database.delegates.rosterReference(), standing: standing)
        var imported = try await database.transaction(dryRun: dryRun) { transaction in
            var warnings: [Diagnostic] = []
            let result = try await database.delegates.importDelegates(
                file: file, standing: standing, listChanges: dryRun, in: transaction, progress: progress
            ) { staging in
                let reading = try await reader.read(contents) { rows in
                    try staging.stage(rows.map { ($0.delegate, $0.line) })
                }
                warnings = reading.warnings
                return reading.fields
            }
            return RosterImport(result: result, warnings: warnings)
        }
        imported.result.applied = !dryRun
        return imported
    }
}
