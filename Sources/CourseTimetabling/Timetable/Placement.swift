/// A period and a room for one lecture.
public struct Placement: Hashable, Sendable {
    public var period: Int
    public var room: Int

    public init(period: Int, room: Int) {
        self.period = period
        self.room = room
    }
}
