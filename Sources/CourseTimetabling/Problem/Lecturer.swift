/// A lecturer teaches one lecture at a time and none in the periods they are unavailable.
public struct Lecturer: Hashable, Sendable {
    public var name: String
    public var unavailablePeriods: [Int]

    public init(name: String, unavailablePeriods: [Int] = []) {
        self.name = name
        self.unavailablePeriods = unavailablePeriods
    }
}
