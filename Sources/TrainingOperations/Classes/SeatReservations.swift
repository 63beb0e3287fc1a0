import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Reserves seats of a class for a province or a kind of body until a day, or changes the group's
    /// reservation. `today` judges the day instead of today in Vietnam (tests pass it).
    public func reserveSeats(
        classCode: String, for group: SeatReservation.Group, seats: Int, until: CalendarDate,
        today: CalendarDate? = nil
    ) async throws -> SeatReservation {
        try await database.transaction(dryRun: false) { transaction in
            if let today { try await database.classes.judgeReservations(on: today, in: transaction) }
            return try await database.classes.reserve(
                classCode: classCode, for: group, seats: seats, until: until, in: transaction)
        }
    }

    /// Removes a group's reservation; the wait list takes the seats it opens.
    public func removeReservation(classCode: String, for group: SeatReservation.Group, today: CalendarDate? = nil)
        async throws -> ReservationRemoval
    {
        try await database.transaction(dryRun: false) { transaction in
            if let today { try await database.classes.judgeReservations(on: today, in: transaction) }
            return try await database.classes.removeReservation(classCode: classCode, for: group, in: transaction)
        }
    }
}
