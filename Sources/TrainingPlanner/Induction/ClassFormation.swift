/// Forms the induction classes of a term (no database): classes are per province; a province with no more
/// than `classSize` delegates to train is one class; a larger one is split by commune into as few classes as
/// whole communes allow (a commune larger than a class is split evenly across classes), small communes
/// grouped, the sizes as even as whole communes let them be. The same input always gives the same
/// classes. A province taught online needs no venue: its classes meet online, each one cohort, since no room
/// bounds it.
public struct ClassFormation: Sendable {
    public var classSize: Int
    /// Provinces whose classes meet online.
    public var online: Set<String>

    public init(classSize: Int, online: Set<String> = []) {
        precondition(classSize > 0, "a class holds at least one delegate")
        self.classSize = classSize
        self.online = online
    }

    public func form(_ candidates: [InductionCandidate], venues: [InductionVenue]) -> InductionProposal {
        var leftOut: [InductionGap: [Int]] = [:]
        var byProvince: [String: [InductionCandidate]] = [:]
        for candidate in candidates {
            if let province = candidate.province {
                byProvince[province, default: []].append(candidate)
            } else {
                leftOut[.noProvince, default: []].append(candidate.id)
            }
        }
        let venuesByProvince = Dictionary(grouping: venues, by: \.province)
        var classes: [ProposedClass] = []
        for (province, members) in byProvince.sorted(by: { $0.key < $1.key }) {
            if online.contains(province) {
                classes += split(members).map { group in
                    ProposedClass(
                        province: province, venue: nil, delegates: group.map(\.id), cohortSizes: [group.count],
                        communes: Self.distinct(group.map(\.commune)))
                }
                continue
            }
            let usable = (venuesByProvince[province] ?? []).filter { $0.largestRoom != nil }.sorted {
                ($0.largestRoom!, $1.code) > ($1.largestRoom!, $0.code)
            }
            guard !usable.isEmpty else {
                let gap: InductionGap =
                    venuesByProvince[province] == nil ? .noVenue(province: province) : .noRoom(province: province)
                leftOut[gap, default: []].append(contentsOf: members.map(\.id))
                continue
            }
            for (index, group) in split(members).enumerated() {
                // Round robin over the venues, biggest room first, so a province's classes can meet at once.
                let venue = usable[index % usable.count]
                classes.append(
                    ProposedClass(
                        province: province, venue: venue, delegates: group.map(\.id),
                        cohortSizes: Self.evenSizes(group.count, parts: divided(group.count, by: venue.largestRoom!)),
                        communes: Self.distinct(group.map(\.commune))))
            }
        }
        return InductionProposal(classes: classes, leftOut: leftOut.mapValues { $0.sorted() })
    }

    /// One province's delegates in classes, each ordered by commune (the province council first) then id, the
    /// classes ordered by their first delegate.
    func split(_ members: [InductionCandidate]) -> [[InductionCandidate]] {
        let ordered = members.sorted { ($0.commune ?? "", $0.id) < ($1.commune ?? "", $1.id) }
        guard ordered.count > classSize else { return [ordered] }
        var pieces: [[InductionCandidate]] = []
        var start = 0
        while start < ordered.count {
            let commune = ordered[start].commune
            var end = start
            while end < ordered.count && ordered[end].commune == commune { end += 1 }
            let whole = Array(ordered[start..<end])
            var offset = 0
            for size in Self.evenSizes(whole.count, parts: divided(whole.count, by: classSize)) {
                pieces.append(Array(whole[offset..<offset + size]))
                offset += size
            }
            start = end
        }
        let bins = pack(pieces, into: divided(ordered.count, by: classSize))
        return bins.map { $0.sorted { ($0.commune ?? "", $0.id) < ($1.commune ?? "", $1.id) } }
            .sorted { ($0[0].commune ?? "", $0[0].id) < ($1[0].commune ?? "", $1[0].id) }
    }

    /// Packs whole pieces (communes, or even parts of a large one) into as few classes as it can, then evens the
    /// classes out. First-fit decreasing usually needs the fewest classes; worst-fit decreasing (each piece into
    /// the least filled class it fits in, opening one when none has room) is even from the start; the one with
    /// fewer classes is kept, worst-fit on a tie.
    func pack(_ pieces: [[InductionCandidate]], into count: Int) -> [[InductionCandidate]] {
        let sizes = pieces.map(\.count)
        let order = sizes.indices.sorted { (sizes[$1], $0) < (sizes[$0], $1) }
        let firstFit = place(order, sizes: sizes, bins: 1) { fitting, _ in fitting.first }
        let worstFit = place(order, sizes: sizes, bins: count) { fitting, load in
            fitting.min { (load[$0], $0) < (load[$1], $1) }
        }
        var bins = worstFit.count <= firstFit.count ? worstFit : firstFit
        balance(&bins, sizes: sizes)
        return bins.map { $0.flatMap { pieces[$0] } }
    }

    /// Piece indexes in bins: each piece, in `order`, into the bin `choose` picks among those it fits in, or a
    /// new bin.
    private func place(
        _ order: [Int], sizes: [Int], bins count: Int, choose: ([Int], [Int]) -> Int?
    ) -> [[Int]] {
        var bins = Array(repeating: [Int](), count: count)
        var load = Array(repeating: 0, count: count)
        for piece in order {
            let fitting = bins.indices.filter { load[$0] + sizes[piece] <= classSize }
            if let target = choose(fitting, load) {
                bins[target].append(piece)
                load[target] += sizes[piece]
            } else {
                bins.append([piece])
                load.append(sizes[piece])
            }
        }
        return bins.filter { !$0.isEmpty }
    }

    /// Moves a piece from the fullest class to the emptiest, or swaps one of each, while that brings the two
    /// closer; each step lowers the sum of squared sizes, so it ends.
    private func balance(_ bins: inout [[Int]], sizes: [Int]) {
        func load(_ bin: Int) -> Int { bins[bin].reduce(0) { $0 + sizes[$1] } }
        while bins.count > 1 {
            let loads = bins.indices.map(load)
            let full = loads.indices.max { (loads[$0], $1) < (loads[$1], $0) }!
            let empty = loads.indices.min { (loads[$0], $0) < (loads[$1], $1) }!
            let gap = loads[full] - loads[empty]
            // The best exchange gives the emptiest class `moved` more, closest to half the gap.
            var best: (moved: Int, out: Int, back: Int?)?
            for (outIndex, out) in bins[full].enumerated() {
                let options: [Int?] = [nil] + bins[empty].indices.map { $0 }
                for backIndex in options {
                    let moved = sizes[out] - (backIndex.map { sizes[bins[empty][$0]] } ?? 0)
                    guard moved > 0, moved < gap else { continue }
                    if best == nil || abs(gap - 2 * moved) < abs(gap - 2 * best!.moved) {
                        best = (moved, outIndex, backIndex)
                    }
                }
            }
            guard let best else { return }
            let out = bins[full].remove(at: best.out)
            if let backIndex = best.back {
                bins[full].append(bins[empty].remove(at: backIndex))
            }
            bins[empty].append(out)
        }
    }

    /// How many parts of at most `size` hold `total`.
    private func divided(_ total: Int, by size: Int) -> Int {
        (total + size - 1) / size
    }

    /// `total` in `parts` sizes that differ by at most one, the larger first.
    static func evenSizes(_ total: Int, parts: Int) -> [Int] {
        (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
    }

    private static func distinct(_ communes: [String?]) -> [String?] {
        var seen: Set<String?> = []
        return communes.filter { seen.insert($0).inserted }
    }
}
