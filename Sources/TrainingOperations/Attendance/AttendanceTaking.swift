import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Marks the attendance of delegates at a session, in one transaction.
    public func markAttendance(session id: Int, marks: [String: AttendanceStatus]) async throws -> ChangeCounts {
        try await refusingWithdrawn { try await database.attendance.markAttendance(session: id, marks: marks, in: $0) }
    }

    /// Reads a door's check-in log into present and late marks for its session(s), in one transaction.
    public func importCheckIns(_ log: CheckInLog, file: String, session: Int?, graceMinutes: Int) async throws
        -> CheckInImportResult
    {
        try await refusingWithdrawn {
            try await database.attendance.importCheckIns(
                log, file: file, session: session, graceMinutes: graceMinutes, in: $0)
        }
    }

    /// Closes a session: who has no mark is absent, and the session counts towards completion.
    public func closeSession(_ id: Int) async throws -> SessionClosing {
        try await refusingWithdrawn { try await database.attendance.closeSession(id, in: $0) }
    }

    /// One transaction of attendance; a delegate withdrawn while it ran makes it a refusal to retry.
    private func refusingWithdrawn<Result: Sendable>(_ body: (Transaction) async throws -> Result) async throws
        -> Result
    {
        do {
            return try await database.transaction(dryRun: false, body)
        } catch {
            throw StoreError(withdrawnMeanwhile: error) ?? error
        }
    }
}
