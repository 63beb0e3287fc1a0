/// What class formation proposes: the classes, province by province, and the delegates it could not place.
public struct InductionProposal: Hashable, Sendable {
    /// By province code, then in the order the classes are numbered.
    public var classes: [ProposedClass]
    /// The delegates left out, by why, each list ordered by id.
    public var leftOut: [InductionGap: [Int]]

    public init(classes: [ProposedClass], leftOut: [InductionGap: [Int]]) {
        self.classes = classes
        self.leftOut = leftOut
    }
}
