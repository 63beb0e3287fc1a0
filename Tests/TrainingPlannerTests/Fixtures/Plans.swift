import TrainingModel
import TrainingPlanner

/// One week (Monday 2026-05-04 to Friday 2026-05-08, half-days 0…9) for the constraint tests: lecturers Hoa
/// (GV01, home 01) and Nam (GV02, home 31, on leave Tuesday morning), modules M1 → M2, class B-HN-01 at venue HN
/// in province 01 (rooms HN/P1 of 30 seats, closed Friday morning, and HN/P2 of 10; HP/P1 belongs to another
/// venue), earliness 1, one cohort N1 of 20 delegates, busy Friday afternoon, taking M1 once and M2 twice.
enum Plans {
    static let monday = CalendarDate(year: 2026, month: 5, day: 4)!
    static let friday = CalendarDate(year: 2026, month: 5, day: 8)!

    static func problem(
        province: String? = "01", venue: String? = "HN", previous: [PlannedSession] = [],
        fixed: [FixedSession] = [], sessionsToPlace: [Int] = [1, 2]
    ) -> PlanningProblem {
        PlanningProblem(
            slots: PlanningProblem.slots(from: monday, to: friday),
            lecturers: [
                PlanningLecturer(code: "GV01", name: "Trần Thị Hoa", homeProvince: "01"),
                PlanningLecturer(
                    code: "GV02", name: "Lê Văn Nam", homeProvince: "31", busy: [2: "on leave"],
                    provinceByDay: [4: "31"]),
            ],
            rooms: [
                PlanningRoom(name: "HN/P1", capacity: 30, busy: [8: "closed"]),
                PlanningRoom(name: "HN/P2", capacity: 10),
                PlanningRoom(name: "HP/P1", capacity: 30),
            ],
            modules: [
                PlanningModule(code: "M1", lecturers: [0]),
                PlanningModule(code: "M2", prerequisites: [0], lecturers: [0, 1]),
            ],
            classes: [
                PlanningClass(
                    code: "B-HN-01", province: province, venue: venue, rooms: venue == nil ? [] : [0, 1],
                    window: 0...9, earliness: 1, modules: [0, 1],
                    cohorts: [
                        PlanningCohort(
                            code: "N1", size: 20, busy: [9: "kỳ họp Quốc hội"], sessionsToPlace: sessionsToPlace,
                            fixed: fixed, previous: previous)
                    ])
            ])
    }

    /// A session of the class: module index into the class's modules, half-day, room (HN/P1 unless said), lecturer.
    static func session(_ module: Int, _ slot: Int, room: Int? = 0, lecturer: Int = 0) -> PlannedSession {
        PlannedSession(module: module, slot: slot, room: room, lecturer: lecturer)
    }

    /// Three sessions that break no hard rule: M1 Monday morning, M2 Monday afternoon and Tuesday morning, all
    /// with Hoa in HN/P1. Their one cost is lateness: 0 + 1 + 2 half-days.
    static let good = [session(0, 0), session(1, 1), session(1, 2)]

    static func solution(
        _ sessions: [PlannedSession], problem: PlanningProblem = problem(), unplanned: Set<Int> = []
    ) -> PlanningSolution {
        PlanningSolution(problem: problem, sessions: [[sessions]], unplanned: unplanned)
    }
}
