/// A first-time delegate still to be trained in the program: who class formation places.
public struct InductionCandidate: Hashable, Sendable {
    public var id: Int
    /// `nil` when the roster does not say: such a delegate cannot be given a class of their province.
    public var province: String?
    /// `nil` for a province council delegate, who has no commune.
    public var commune: String?

    public init(id: Int, province: String?, commune: String?) {
        self.id = id
        self.province = province
        self.commune = commune
    }
}
