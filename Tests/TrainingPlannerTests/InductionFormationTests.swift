import Testing
import TrainingModel
import TrainingPlanner

@Suite("Induction class formation")
struct InductionFormationTests {
    /// `count` delegates of one commune (`nil`: the province council), ids from `first`.
    func delegates(_ province: String?, _ commune: String?, _ count: Int, from first: Int) -> [InductionCandidate] {
        (first..<first + count).map { InductionCandidate(id: $0, province: province, commune: commune) }
    }

    func venue(_ code: String, _ province: String, rooms: [Int], id: Int = 1) -> InductionVenue {
        InductionVenue(id: id, code: code, province: province, roomCapacities: rooms)
    }

    @Test("a province with no more delegates than a class holds is one class, province council first, in cohorts")
    func smallProvince() {
        let hall = venue("HN", "01", rooms: [3, 2])
        let candidates =
            delegates("01", "00007", 2, from: 4) + delegates("01", "00004", 2, from: 1)
            + delegates("01", nil, 1, from: 3)
        let proposal = ClassFormation(classSize: 10).form(candidates, venues: [hall])
        #expect(
            proposal.classes == [
                ProposedClass(
                    province: "01", venue: hall, delegates: [3, 1, 2, 4, 5], cohortSizes: [3, 2],
                    communes: [nil, "00004", "00007"])
            ])
        #expect(proposal.classes[0].cohorts.map(Array.init) == [[3, 1, 2], [4, 5]])
        #expect(proposal.leftOut.isEmpty)
    }

    @Test("a large province is split by whole communes into the fewest classes, at its venues in turn")
    func splitByCommune() {
        let small = venue("HCM-A", "79", rooms: [10], id: 1)
        let large = venue("HCM-B", "79", rooms: [40, 5], id: 2)
        let candidates =
            delegates("79", "26734", 6, from: 101) + delegates("79", "26737", 5, from: 201)
            + delegates("79", "26740", 4, from: 301) + delegates("79", "26743", 3, from: 401)
            + delegates("79", nil, 2, from: 501)
        let proposal = ClassFormation(classSize: 10).form(candidates, venues: [small, large])
        // Worst fit alone would need a third class; 6+4 and 5+3+2 fill two exactly.
        #expect(
            proposal.classes == [
                ProposedClass(
                    province: "79", venue: large, delegates: [501, 502] + Array(201...205) + Array(401...403),
                    cohortSizes: [10], communes: [nil, "26737", "26743"]),
                ProposedClass(
                    province: "79", venue: small, delegates: Array(101...106) + Array(301...304), cohortSizes: [10],
                    communes: ["26734", "26740"]),
            ])
    }

    @Test("a commune larger than a class is split evenly across classes")
    func largeCommune() {
        let hall = venue("DN", "48", rooms: [100])
        let proposal = ClassFormation(classSize: 10).form(delegates("48", "20194", 25, from: 1), venues: [hall])
        #expect(proposal.classes.map(\.delegates) == [Array(1...9), Array(10...17), Array(18...25)])
        #expect(proposal.classes.allSatisfy { $0.communes == ["20194"] })
    }

    @Test("classes are as even as whole communes allow")
    func balanced() {
        let hall = venue("HP", "31", rooms: [100])
        let candidates =
            delegates("31", "11311", 5, from: 1) + delegates("31", "11312", 5, from: 11)
            + delegates("31", "11313", 5, from: 21) + delegates("31", "11314", 3, from: 31)
            + delegates("31", "11315", 3, from: 41)
        let proposal = ClassFormation(classSize: 10).form(candidates, venues: [hall])
        #expect(proposal.classes.map(\.delegates.count) == [8, 8, 5])
        #expect(proposal.classes.map(\.communes) == [["11311", "11314"], ["11312", "11315"], ["11313"]])
    }

    @Test("delegates of a province without a venue, without a room, or without a province are left out, saying why")
    func leftOut() {
        let candidates =
            delegates("01", nil, 2, from: 1) + delegates("04", "01234", 2, from: 10) + delegates(nil, nil, 1, from: 20)
        let venues = [venue("HG", "04", rooms: []), venue("ONLINE", "01", rooms: [0])]
        let proposal = ClassFormation(classSize: 10).form(candidates, venues: venues)
        #expect(proposal.classes.isEmpty)
        #expect(
            proposal.leftOut == [
                .noProvince: [20], .noRoom(province: "01"): [1, 2], .noRoom(province: "04"): [10, 11],
            ])
        let withoutVenue = ClassFormation(classSize: 10).form(delegates("12", "03151", 1, from: 7), venues: [])
        #expect(withoutVenue.leftOut == [.noVenue(province: "12"): [7]])
        #expect(
            InductionGap.noRoom(province: "12").description
                == "province 12 has no venue with a room; add a room (`ttbd rooms add`)")
    }

    @Test("random rosters: everyone placed once, in their province, classes and cohorts within size, communes whole")
    func randomRosters() {
        var generator = RandomGenerator(seed: 6)
        for _ in 0..<40 {
            let classSize = Int.random(in: 5...40, using: &generator)
            var candidates: [InductionCandidate] = []
            for province in ["01", "02", "03"] {
                for commune in 0..<Int.random(in: 1...12, using: &generator) {
                    let size = Int.random(in: 1...(classSize + classSize / 2), using: &generator)
                    let name: String? = commune == 0 ? nil : "\(province)\(commune)"
                    candidates += delegates(province, name, size, from: candidates.count + 1)
                }
            }
            let venues = [
                venue("A", "01", rooms: [classSize]), venue("B", "02", rooms: [3, 7]),
                venue("C", "02", rooms: [classSize / 2]),
            ]
            let proposal = ClassFormation(classSize: classSize).form(
                candidates.shuffled(using: &generator), venues: venues)
            #expect(proposal == ClassFormation(classSize: classSize).form(candidates, venues: venues))
            let placed = proposal.classes.flatMap(\.delegates) + proposal.leftOut.values.flatMap { $0 }
            #expect(placed.sorted() == candidates.map(\.id))
            #expect(proposal.leftOut.keys.map(\.self) == [.noVenue(province: "03")])
            let province = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
            for formed in proposal.classes {
                #expect(formed.delegates.count <= classSize)
                #expect(formed.delegates.allSatisfy { province[$0]?.province == formed.province })
                #expect(formed.cohortSizes.reduce(0, +) == formed.delegates.count)
                #expect(formed.cohortSizes.allSatisfy { $0 <= formed.venue!.largestRoom! })
            }
            let classesOfCommune = Dictionary(
                grouping: proposal.classes.flatMap { formed in
                    formed.communes.map { ("\(formed.province)/\($0 ?? "")", formed.delegates.first!) }
                }, by: \.0)
            let sizes = Dictionary(grouping: candidates) { "\($0.province!)/\($0.commune ?? "")" }.mapValues(\.count)
            for (commune, classes) in classesOfCommune where sizes[commune]! <= classSize {
                #expect(classes.count == 1, "commune \(commune) of \(sizes[commune]!) split")
            }
        }
    }
}
