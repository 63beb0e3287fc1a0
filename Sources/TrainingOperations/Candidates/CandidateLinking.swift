import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Links the elected candidate `candidate` to their delegate record `delegate` in one transaction (see
    /// ``DelegateStore/linkCandidate(code:toDelegate:force:in:)``).
    public func linkCandidate(_ candidate: String, toDelegate delegate: String, force: Bool) async throws
        -> CandidateLink
    {
        try await database.transaction(dryRun: false) { transaction in
            try await database.delegates.linkCandidate(
                code: candidate, toDelegate: delegate, force: force, in: transaction)
        }
    }
}
