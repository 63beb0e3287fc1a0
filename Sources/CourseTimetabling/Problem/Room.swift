/// A room holds one lecture per period; seats beyond its capacity cost ``Weights/roomCapacity`` each.
public struct Room: Hashable, Sendable {
    public var name: String
    public var capacity: Int

    public init(name: String, capacity: Int) {
        self.name = name
        self.capacity = capacity
    }
}
