public import Foundation
import PostgresInfrastructure
import TrainingModel
public import TrainingStore

/// The what-if as a job of the service: asked for in a request, planned by the service's job tick, read back.
extension TrainingOperations {
    /// Queues the what-if of `request` for `account` at `now`, after refusing what its plan would refuse at once
    /// (an unknown program, term or province, a window outside the term, a latest end outside its bounds), so a
    /// bad run is never queued; its id.
    public func queueInductionWhatIf(_ request: WhatIfRunRequest, requestedBy account: String, now: Date)
        async throws -> Int
    {
        try await database.transaction(dryRun: false) { transaction in
            try await database.induction.checkInduction(request.induction, in: transaction)
            _ = try await endBound(request.induction, latestEnd: request.latestEnd, in: transaction)
            return try await database.induction.queueWhatIf(request, requestedBy: account, at: now, in: transaction)
        }
    }

    /// Takes the oldest what-if waiting (or one whose runner died) and plans it, recording its answer, or its
    /// refusal when the catalog changed since it was queued, or why it failed; `nil` when nothing waits. A lost
    /// database or a shutdown leaves the run to be taken again.
    public func runNextInductionWhatIf(now: @escaping @Sendable () -> Date) async throws -> WhatIfRun? {
        try await database.induction.runNextWhatIf(now: now) { run in
            do {
                let report = try await inductionWhatIf(run.request.induction, latestEnd: run.request.latestEnd)
                // jsonb keeps the value, not the layout: this is what `--format json` prints.
                return .done(result: try JSONEncoder().encode(report), answer: WhatIfAnswer(report))
            } catch let refusal as StoreError where refusal.kind != .unavailable {
                return .failed(refusal.description)
            } catch let error
                where !(error is CancellationError || error is StoreError)
                && !DatabaseFailure.isConnectionFailure(error)
            {
                // Planning it again would fail again: recorded with what went wrong, not retried at every tick.
                return .failed("planning failed: \(DatabaseFailure.summary(of: error))")
            }
        }
    }
}
