import Testing
import TrainingModel
import TrainingPlanner

/// The pure parts of the induction's what-if: the search over a change's size, the lecturer table, and online
/// classes in formation.
@Suite("What-if search and lecturer needs")
struct WhatIfSearchTests {
    /// Left out as a made-up plan would leave them: none from `threshold` on, more the further below.
    final class Probe {
        var asked: [Int] = []
        let threshold: Int
        let floor: Int
        init(threshold: Int, floor: Int = 0) {
            self.threshold = threshold
            self.floor = floor
        }
        func leftOut(_ value: Int) -> Int {
            asked.append(value)
            return max(0, threshold - value) * 10 + floor
        }
    }

    @Test("finds the smallest value that places everyone the top places, in about log₂ of the range's probes")
    func smallestPlacingAll() async {
        let probe = Probe(threshold: 137)
        let found = await WhatIfSearch.smallest(in: 101...400, improvingOn: 500) { probe.leftOut($0) }
        #expect(found?.value == 137)
        #expect(found?.leftOut == 0)
        #expect(probe.asked.count <= 1 + 9)
        #expect(probe.asked.first == 400, "the top first: it says whether the change helps at all")
    }

    @Test("when even the top leaves some out, the smallest value doing as well as the top")
    func smallestAsGoodAsTheTop() async {
        let probe = Probe(threshold: 150, floor: 3)
        let found = await WhatIfSearch.smallest(in: 101...200, improvingOn: 500) { probe.leftOut($0) }
        #expect(found?.value == 150)
        #expect(found?.leftOut == 3)
    }

    @Test("a change whose most places nobody more gives no value, after one probe")
    func nothingHelps() async {
        var asked = 0
        let found = await WhatIfSearch.smallest(in: 1...30, improvingOn: 12) { _ in
            asked += 1
            return 12
        }
        #expect(found == nil)
        #expect(asked == 1)
    }

    @Test("lecturer half-days are counted by module, province and month; a module's lecturers by its busiest day")
    func lecturerNeeds() {
        func session(_ module: String, _ province: String, _ day: String, _ halfDay: HalfDay) -> LecturerNeeds.Session {
            LecturerNeeds.Session(
                module: module, province: province, date: CalendarDate(parsing: day)!, halfDay: halfDay)
        }
        let needs = LecturerNeeds(sessions: [
            session("B02", "01", "2026-06-30", .morning),
            // 1 June: two B01 sessions at once in Hà Nội and one in Hồ Chí Minh City, who need three lecturers.
            session("B01", "01", "2026-06-01", .morning),
            session("B01", "01", "2026-06-01", .morning),
            session("B01", "01", "2026-06-01", .afternoon),
            session("B01", "79", "2026-06-01", .afternoon),
            session("B01", "01", "2026-07-01", .morning),
        ])
        #expect(
            needs.rows.map { "\($0.module) \($0.province) \($0.month) \($0.halfDays)" } == [
                "B01 01 2026-06 3", "B01 01 2026-07 1", "B01 79 2026-06 1", "B02 01 2026-06 1",
            ])
        #expect(needs.modules.map(\.lecturers) == [3, 1])
        #expect(needs.modules.map(\.months) == [["2026-06", "2026-07"], ["2026-06"]])
        #expect(needs.modules.map(\.provinces) == [2, 1])
        #expect((needs.halfDays, needs.lecturers) == (6, 4))
    }

    @Test("a province taught online needs no venue, and each of its classes is one cohort")
    func onlineFormation() {
        let candidates = (1...30).map { InductionCandidate(id: $0, province: "12", commune: "c\($0 % 3)") }
        let proposal = ClassFormation(classSize: 20, online: ["12"]).form(candidates, venues: [])
        #expect(proposal.leftOut.isEmpty)
        #expect(
            proposal.classes.map(\.cohortSizes) == [[15], [15]] || proposal.classes.map(\.cohortSizes) == [[20], [10]])
        #expect(proposal.classes.allSatisfy { $0.venue == nil && $0.province == "12" })
        let atVenue = ClassFormation(classSize: 20).form(candidates, venues: [])
        #expect(atVenue.leftOut == [.noVenue(province: "12"): Array(1...30)])
    }

    @Test("each suggestion says what it changes and its effect, in both languages")
    func explanations() {
        let later = WhatIfSuggestion.endDate(
            (CalendarDate(parsing: "2026-06-10")!, 2), end: CalendarDate(parsing: "2026-06-05")!,
            bound: CalendarDate(parsing: "2026-06-12")!, leftOut: 12)
        #expect(later.places == 10)
        #expect(
            later.explanation.description
                == "End on 2026-06-10 instead of 2026-06-05: places 10 of the 12 left out, 2 remain.")
        #expect(
            later.explanation.text(in: .vietnamese)
                == "Kết thúc ngày 10/06/2026 thay vì 05/06/2026: xếp thêm được 10 trong số 12 đại biểu chưa được xếp lớp, còn lại 2."
        )
        let none = WhatIfSuggestion.classSize(nil, current: 100, largest: 100, leftOut: 12)
        #expect(none.change == nil)
        #expect(none.remaining == 12)
    }
}
