import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Saves venues by code in one transaction; unless `updating` (an import), every code must be new.
    public func saveVenues(_ venues: [Venue], updating: Bool) async throws -> ChangeCounts {
        try await database.transaction(dryRun: false) {
            try await database.resources.saveVenues(venues, updating: updating, in: $0)
        }
    }

    /// Saves rooms by venue and code in one transaction; unless `updating`, every room must be new.
    public func saveRooms(_ rooms: [Room], updating: Bool) async throws -> ChangeCounts {
        try await database.transaction(dryRun: false) {
            try await database.resources.saveRooms(rooms, updating: updating, in: $0)
        }
    }

    /// Saves lecturers and the modules they teach in one transaction; unless `updating`, every code must be new.
    public func saveLecturers(_ lecturers: [Lecturer], updating: Bool) async throws -> ChangeCounts {
        try await database.transaction(dryRun: false) {
            try await database.resources.saveLecturers(lecturers, updating: updating, in: $0)
        }
    }

    /// Records a period when a lecturer is away or a room is closed.
    public func addUnavailability(
        of owner: UnavailabilityOwner, from: LocalDateTime, to: LocalDateTime, reason: String?
    ) async throws -> UnavailablePeriod {
        try await database.transaction(dryRun: false) {
            try await database.resources.addUnavailability(of: owner, from: from, to: to, reason: reason, in: $0)
        }
    }
}
