/// The searches of the induction's what-if. A probe re-plans with one change of a given size applied (an end date,
/// a class size, how many provinces go online) and answers how many delegates are still left out; the search asks
/// as few probes as it can, since each is a whole plan.
public enum WhatIfSearch {
    /// The smallest value in `range` that leaves out no more than its top does (nobody, when the top places
    /// everyone), by bisection: it takes more of a change never to leave out more. The planner's heuristics can
    /// break that by a little, but the value found was itself re-planned, so the effect reported is exact. `nil` when
    /// even the top leaves out as many as `baseline`: the change places nobody. Probes: one, plus about log₂ of the
    /// range's size.
    public static func smallest(
        in range: ClosedRange<Int>, improvingOn baseline: Int, leftOut probe: (Int) async throws -> Int
    ) async rethrows -> (value: Int, leftOut: Int)? {
        let best = try await probe(range.upperBound)
        guard best < baseline else { return nil }
        var (low, high, atHigh) = (range.lowerBound, range.upperBound, best)
        while low < high {
            let middle = low + (high - low) / 2
            let left = try await probe(middle)
            if left <= best {
                (high, atHigh) = (middle, left)
            } else {
                low = middle + 1
            }
        }
        return (high, atHigh)
    }
}
