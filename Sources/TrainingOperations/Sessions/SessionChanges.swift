import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Adds a pinned session after checking every rule; a double booking is refused naming what is in the way.
    public func addSession(_ request: SessionRequest) async throws -> SessionRecord {
        try await database.transaction(dryRun: false) { try await database.sessions.addSession(request, in: $0) }
    }

    /// Moves a session in time, room or lecturers, checking the same rules as adding one.
    public func moveSession(id: Int, to move: SessionMove) async throws -> (before: SessionRecord, after: SessionRecord)
    {
        try await database.transaction(dryRun: false) {
            try await database.sessions.moveSession(id: id, to: move, in: $0)
        }
    }

    /// Cancels a planned session, keeping it (and why) in the class's history.
    public func cancelSession(id: Int, reason: String?) async throws -> SessionRecord {
        try await database.transaction(dryRun: false) {
            try await database.sessions.cancelSession(id: id, reason: reason, in: $0)
        }
    }
}
