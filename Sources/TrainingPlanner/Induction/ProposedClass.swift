/// One class that formation proposes: a province's delegates (whole communes where possible) at one of its
/// venues, in cohorts that each fit the venue's largest room, or online in one cohort.
public struct ProposedClass: Hashable, Sendable {
    public var province: String
    /// `nil` for a class that meets online.
    public var venue: InductionVenue?
    /// Ordered by commune (province council delegates first), then id; cohorts take them in this order.
    public var delegates: [Int]
    /// Sizes of cohorts N1, N2, …, as even as they can be; they add up to the delegates.
    public var cohortSizes: [Int]
    /// The communes the class draws from, in order; `nil` stands for the province council.
    public var communes: [String?]

    public init(
        province: String, venue: InductionVenue?, delegates: [Int], cohortSizes: [Int], communes: [String?]
    ) {
        self.province = province
        self.venue = venue
        self.delegates = delegates
        self.cohortSizes = cohortSizes
        self.communes = communes
    }

    /// The delegates of each cohort, in order.
    public var cohorts: [ArraySlice<Int>] {
        var start = 0
        return cohortSizes.map { size in
            defer { start += size }
            return delegates[start..<start + size]
        }
    }
}
