import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Registers delegates of invited bodies for a conference, all of them or none.
    public func registerForConference(conference: String, delegates: [String]) async throws
        -> [ConferenceRegistration]
    {
        try await database.transaction(dryRun: false) {
            try await database.conferences.register(conference: conference, delegates: delegates, in: $0)
        }
    }

    /// Marks registered delegates present at a session of a conference, all of them or none; returns the new marks.
    public func markConferenceAttendance(conference: String, session: Int, delegates: [String]) async throws -> Int {
        try await database.transaction(dryRun: false) {
            try await database.conferences.markAttendance(
                conference: conference, session: session, delegates: delegates, in: $0)
        }
    }
}
