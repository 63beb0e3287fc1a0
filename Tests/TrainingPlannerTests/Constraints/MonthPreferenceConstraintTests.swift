import Testing
import TrainingModel
import TrainingPlanner

@Suite("Months asked for: a module meets in the months its delegates asked for")
struct MonthPreferenceConstraintTests {
    static let april = MonthPreferences.Month(year: 2026, month: 4)
    static let may = MonthPreferences.Month(year: 2026, month: 5)
    static let june = MonthPreferences.Month(year: 2026, month: 6)

    /// Plans' week of May 2026 with what Hà Nội (01) and Hải Phòng (31) asked for.
    static func problem(_ requests: [(count: Int, module: String, province: String, month: MonthPreferences.Month)])
        -> PlanningProblem
    {
        var problem = Plans.problem()
        for request in requests {
            problem.monthPreferences.add(
                request.count, module: request.module, province: request.province, month: request.month)
        }
        return problem
    }

    @Test("a session in the month asked for, or before it, costs nothing")
    func preferenceMet() {
        let problem = Self.problem([(7, "M2", "01", Self.may), (4, "M1", "01", Self.june)])
        let constraint = MonthPreferenceConstraint()
        #expect(constraint.penalties(in: Plans.solution(Plans.good, problem: problem)).isEmpty)
    }

    @Test("each session costs the requests of the class's province for an earlier month, times the weight")
    func proportional() {
        let requests = [(3, "M2", "01", Self.april), (7, "M2", "01", Self.may), (5, "M2", "31", Self.april)]
        let constraint = MonthPreferenceConstraint(weight: 2)
        let penalties = constraint.penalties(in: Plans.solution(Plans.good, problem: Self.problem(requests)))
        #expect(penalties.map(\.units) == [3, 3])
        #expect(penalties.map(\.cost) == [6, 6])
        #expect(
            penalties.first?.justification
                == "module M2 on 2026-05-04 chiều for cohort N1 of class B-HN-01 is in 2026-05, and 3 requests of"
                + " province 01 asked for module M2 earlier: 2026-04 (3 requests)")
        let doubled = Self.problem([(6, "M2", "01", Self.april)])
        #expect(constraint.penalties(in: Plans.solution(Plans.good, problem: doubled)).map(\.units) == [6, 6])
    }

    @Test("an online class has no province to ask, and a class left out costs nothing")
    func onlineAndLeftOut() {
        var online = Self.problem([(3, "M2", "01", Self.april)])
        online.classes[0].province = nil
        let onlineSessions = Plans.good.map { Plans.session($0.module, $0.slot, room: nil) }
        #expect(MonthPreferenceConstraint().units(in: Plans.solution(onlineSessions, problem: online)) == 0)
        let leftOut = Plans.solution(Plans.good, problem: Self.problem([(3, "M2", "01", Self.april)]), unplanned: [0])
        #expect(MonthPreferenceConstraint().units(in: leftOut) == 0)
    }

    @Test("the planner's scorer counts the months asked for only when the problem has some, at the options' weight")
    func inThePlannersScorer() {
        let none = PlanningScorer.planning(Plans.problem(), options: PlanningOptions())
        #expect(none.constraints.map(\.unitKey) == PlanningScorer.standard.constraints.map(\.unitKey))
        let some = PlanningScorer.planning(
            Self.problem([(3, "M2", "01", Self.april)]), options: PlanningOptions(monthPreferenceWeight: 4))
        #expect(some.constraints.last?.unitKey == "earlierMonthRequests")
        #expect(some.constraints.last?.weight == 4)
        #expect(some.constraints.last?.isHard == false)
    }

    @Test("a month is written YYYY-MM")
    func months() {
        #expect(MonthPreferences.Month(parsing: "2026-06") == Self.june)
        #expect(MonthPreferences.Month(parsing: "2026-06")?.description == "2026-06")
        for wrong in ["2026-6", "2026-13", "26-06", "2026-06-01", "tháng 6", ""] {
            #expect(MonthPreferences.Month(parsing: wrong) == nil, "\(wrong)")
        }
    }
}
