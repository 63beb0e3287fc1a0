import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Opens a class of a program at a venue, with its cohorts, refusing what does not fit the program.
    public func createClass(_ new: NewClass) async throws -> ClassSummary {
        try await database.transaction(dryRun: false) { try await database.classes.createClass(new, in: $0) }
        return try await database.classes.createdClass(new)
    }
}

extension TrainingOperations {
    /// Changes a class's window, capacity or place, and returns it as it now is.
    public func editClass(code: String, _ edit: ClassEdit) async throws -> ClassSummary {
        try await database.transaction(dryRun: false) { try await database.classes.editClass(code: code, edit, in: $0) }
        guard let edited = try await database.classes.classes(code: code).first else { throw StoreError.noClass(code) }
        return edited
    }

    /// Cancels a class: sessions cancelled, delegates withdrawn, the reason kept; refused when attendance was
    /// taken unless `force`.
    public func cancelClass(code: String, reason: String, force: Bool) async throws -> ClassCancellation {
        try await database.transaction(dryRun: false) {
            try await database.classes.cancelClass(code: code, reason: reason, force: force, in: $0)
        }
    }
}
