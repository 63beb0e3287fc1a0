public import TrainingModel

/// What removing a reservation did: the reservation as it was, and how many wait-listed delegates took the seats
/// it opened.
public struct ReservationRemoval: Sendable, Encodable {
    public var removed: SeatReservation
    public var seatedFromWaitList: Int
}
