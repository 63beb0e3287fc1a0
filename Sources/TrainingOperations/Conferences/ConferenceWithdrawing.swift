import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Uninvites the HĐND of a province from a conference; its delegates' registrations go too only when
    /// `withRegistrations`, and never when one of them attended.
    public func withdrawFromConference(conference: String, province: String, withRegistrations: Bool)
        async throws -> BodyWithdrawal
    {
        try await database.transaction(dryRun: false) {
            try await database.conferences.withdraw(
                conference: conference, province: province, withRegistrations: withRegistrations, in: $0)
        }
    }

    /// Withdraws a delegate's registration and frees their body's seat, in one transaction.
    public func unregisterFromConference(conference: String, delegate: String) async throws
        -> ConferenceRegistration
    {
        try await database.transaction(dryRun: false) {
            try await database.conferences.unregister(conference: conference, delegate: delegate, in: $0)
        }
    }
}
