import Foundation
import Logging
import PostgresNIO
import TrainingModel

extension JobStore {
    /// Seats, in every class whose reservation expired before the day of `now` in Vietnam, the wait-listed
    /// delegates who may now take its free seats, and says how many. The next enrollment in such a class does
    /// the same first; this job does it without waiting for one.
    static func openExpiredReservations(now: Date, on connection: PostgresConnection, logger: Logger) async throws
        -> Int
    {
        try await ClassStore.judgeReservations(on: CalendarDate.inVietnam(at: now), on: connection, logger: logger)
        return try await connection.query("SELECT open_expired_reservations()", logger: logger)
            .collect().first?.decode(Int.self) ?? 0
    }
}
