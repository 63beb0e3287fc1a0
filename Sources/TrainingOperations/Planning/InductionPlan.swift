public import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Plans the induction of a term in one transaction: classes formed per province, created, enrolled and
    /// scheduled; on a dry run the report is the same and nothing is kept. `progress` hears each step.
    public func planInduction(
        _ request: InductionRequest, progress: @escaping @Sendable (Message) -> Void = { _ in }
    ) async throws -> InductionReport {
        try await database.transaction(dryRun: request.dryRun) {
            try await database.induction.planInduction(request, in: $0, progress: progress)
        }
    }
}
