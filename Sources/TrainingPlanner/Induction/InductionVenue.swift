/// A venue a province's induction classes can meet at, with the seats of each of its rooms.
public struct InductionVenue: Hashable, Sendable {
    public var id: Int
    public var code: String
    public var province: String
    public var roomCapacities: [Int]

    public init(id: Int, code: String, province: String, roomCapacities: [Int]) {
        self.id = id
        self.code = code
        self.province = province
        self.roomCapacities = roomCapacities
    }

    /// A cohort meets in one room, so the largest room bounds a cohort's size.
    public var largestRoom: Int? { roomCapacities.filter { $0 > 0 }.max() }
}
