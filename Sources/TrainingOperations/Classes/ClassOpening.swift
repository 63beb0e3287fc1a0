import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Opens a class of a program at a venue, with its cohorts, refusing what does not fit the program.
    public func createClass(_ new: NewClass) async throws -> ClassSummary {
        try await database.transaction(dryRun: false) { try await database.classes.createClass(new, in: $0) }
        return try await database.classes.createdClass(new)
    }
}
