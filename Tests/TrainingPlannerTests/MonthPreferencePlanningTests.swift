import Testing
import TrainingModel

@testable import TrainingPlanner

/// The planner with months asked for: one class in Hà Nội from Monday 2026-06-29 to Friday 2026-07-03 (half-days 0…3
/// in June, 4…9 in July), module A of four half-days and module B of one, neither needing the other unless said.
@Suite struct MonthPreferencePlanningTests {
    static func problem(bNeedsA: Bool = false, askedForB: Int = 0) -> PlanningProblem {
        var problem = PlanningProblem(
            slots: PlanningProblem.slots(
                from: CalendarDate(year: 2026, month: 6, day: 29)!, to: CalendarDate(year: 2026, month: 7, day: 3)!),
            lecturers: [PlanningLecturer(code: "GV01", name: "Trần Thị Hoa", homeProvince: "01")],
            rooms: [PlanningRoom(name: "HN/P1", capacity: 30)],
            modules: [
                PlanningModule(code: "A", lecturers: [0]),
                PlanningModule(code: "B", prerequisites: bNeedsA ? [0] : [], lecturers: [0]),
            ],
            classes: [
                PlanningClass(
                    code: "B-HN-09", province: "01", venue: "HN", rooms: [0], window: 0...9, earliness: 0,
                    modules: [0, 1], cohorts: [PlanningCohort(code: "N1", size: 6, sessionsToPlace: [4, 1])])
            ])
        problem.monthPreferences.add(askedForB, module: "B", province: "01", month: .init(year: 2026, month: 6))
        return problem
    }

    static func slots(ofModule module: Int, in result: PlanningResult) -> [Int] {
        result.sessions[0][0].filter { $0.module == module }.map(\.slot)
    }

    @Test("without requests B follows A into July; with requests for B in June it goes first, in June")
    func askedForEarlierGoesEarlier() {
        let plain = Planner.plan(Self.problem())
        #expect(Self.slots(ofModule: 1, in: plain) == [4])
        #expect(plain.preferredOrders.isEmpty)

        let problem = Self.problem(askedForB: 6)
        let asked = Planner.plan(problem)
        #expect(Self.slots(ofModule: 1, in: asked) == [0])
        #expect(Self.slots(ofModule: 0, in: asked) == [1, 2, 3, 4])
        #expect(asked.cost.units(of: MonthPreferenceConstraint()) == 0)
        #expect(asked.preferredOrders.map(\.modules) == [["B", "A"]])
        #expect(
            asked.preferredOrders.first?.wording.description
                == "class B-HN-09 takes its modules in the order B, A instead of A, B: the requests of province 01 by"
                + " month are B in 2026-06 (6 requests)")
        // Every hard rule still holds, checked from the definitions.
        let solution = PlanningSolution(problem: problem, sessions: asked.sessions)
        #expect(PlanningScorer.complete.cost(of: solution).hardUnits == 0)
        // The same seed gives the same plan.
        #expect(Planner.plan(problem).sessions == asked.sessions)
    }

    @Test("the plan that keeps B in July costs the requests for June, once per session")
    func lateCostsTheRequests() {
        let problem = Self.problem(askedForB: 6)
        let late = PlanningSolution(
            problem: problem,
            sessions: [
                [
                    [0, 1, 2, 3].map { PlannedSession(module: 0, slot: $0, room: 0, lecturer: 0) }
                        + [PlannedSession(module: 1, slot: 4, room: 0, lecturer: 0)]
                ]
            ])
        let cost = PlanningScorer.planning(problem, options: PlanningOptions()).cost(of: late)
        #expect(cost.units(of: MonthPreferenceConstraint()) == 6)
    }

    @Test("modules asked for in an earlier month come first, then the more asked for, then the program's order")
    func preferredOrder() {
        let (june, july) = (MonthPreferences.Month(year: 2026, month: 6), MonthPreferences.Month(year: 2026, month: 7))
        var preferences = MonthPreferences()
        preferences.add(2, module: "B", province: "01", month: july)
        preferences.add(1, module: "C", province: "01", month: june)
        preferences.add(1, module: "D", province: "01", month: june)
        preferences.add(4, module: "D", province: "01", month: july)
        preferences.add(9, module: "A", province: "79", month: june)
        #expect(preferences.preferredOrder(of: ["A", "B", "C", "D"], province: "01") == [3, 2, 1, 0])
        #expect(preferences.preferredOrder(of: ["A", "B", "C", "D"], province: "48") == [0, 1, 2, 3])
        #expect(preferences.preferredOrder(of: ["A", "B", "C", "D"], province: nil) == [0, 1, 2, 3])
    }

    @Test("a prerequisite still comes first, whatever was asked")
    func prerequisitesHold() {
        let result = Planner.plan(Self.problem(bNeedsA: true, askedForB: 6))
        #expect(Self.slots(ofModule: 1, in: result) == [4])
        #expect(result.preferredOrders.isEmpty)
        #expect(result.cost.units(of: MonthPreferenceConstraint()) == 6)
    }
}
