import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Opens a regional conference, its host from the region's rotation unless `new` names one, with the HĐND of
    /// every province of the region invited. With `dryRun` nothing stays: the result shows the host it would have.
    public func openConference(_ new: NewConference, dryRun: Bool = false) async throws -> ConferenceSummary {
        try await database.transaction(dryRun: dryRun) { transaction in
            try await database.conferences.openConference(new, in: transaction)
            guard let opened = try await database.conferences.conferences(code: new.code, in: transaction).first else {
                throw StoreError(.inconsistentData, "conference \(new.code) was opened but cannot be read back")
            }
            return opened
        }
    }

    /// Adds a session to a conference's programme and returns its number.
    public func addConferenceSession(
        conference: String, title: String, speaker: String?, day: CalendarDate, from: ClockTime, to: ClockTime
    ) async throws -> Int {
        try await database.transaction(dryRun: false) {
            try await database.conferences.addSession(
                conference: conference, title: title, speaker: speaker, day: day, from: from, to: to, in: $0)
        }
    }

    /// Invites the HĐND of more provinces, or changes the seats of those invited.
    public func inviteToConference(conference: String, provinces: [String], seats: Int?) async throws -> [String] {
        try await database.transaction(dryRun: false) {
            try await database.conferences.invite(conference: conference, provinces: provinces, seats: seats, in: $0)
        }
    }
}
