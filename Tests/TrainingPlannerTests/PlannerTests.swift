import Testing
import TrainingModel

@testable import TrainingPlanner

/// The center's planner on hand-made problems: one week (Monday 2026-05-04 to Friday 2026-05-08, ten half-days),
/// modules M1 → M2 → M3 in prerequisite order, two classes in two provinces sharing lecturer Hoa.
@Suite struct PlannerTests {
    static let monday = CalendarDate(year: 2026, month: 5, day: 4)!
    static let friday = CalendarDate(year: 2026, month: 5, day: 8)!

    static func problem(hoaBusy: [Int: String] = [:], roomCapacity: Int = 30) -> PlanningProblem {
        let lecturers = [
            PlanningLecturer(code: "GV01", name: "Trần Thị Hoa", homeProvince: "01", busy: hoaBusy),
            PlanningLecturer(code: "GV02", name: "Lê Văn Nam", homeProvince: "31"),
        ]
        let modules = [
            PlanningModule(code: "M1", lecturers: [0]),
            PlanningModule(code: "M2", prerequisites: [0], lecturers: [0, 1]),
            PlanningModule(code: "M3", prerequisites: [1], lecturers: [0]),
        ]
        let rooms = [
            PlanningRoom(name: "HN/P1", capacity: roomCapacity), PlanningRoom(name: "HP/P1", capacity: roomCapacity),
        ]
        func trainingClass(_ code: String, province: String, venue: String, room: Int) -> PlanningClass {
            PlanningClass(
                code: code, province: province, venue: venue, rooms: [room], window: 0...9, earliness: 1,
                modules: [0, 1, 2],
                cohorts: [PlanningCohort(code: "N1", size: 20, sessionsToPlace: [1, 1, 2])])
        }
        return PlanningProblem(
            slots: PlanningProblem.slots(from: monday, to: friday), lecturers: lecturers, rooms: rooms,
            modules: modules,
            classes: [
                trainingClass("B-HN-01", province: "01", venue: "HN", room: 0),
                trainingClass("B-HP-01", province: "31", venue: "HP", room: 1),
            ])
    }

    /// Every hard rule, checked on the result rather than trusted.
    static func checkHardRules(_ problem: PlanningProblem, _ result: PlanningResult) {
        var lecturerSlots = Set<[Int]>()
        var lecturerDays: [[Int]: String] = [:]
        for (classIndex, cohorts) in result.sessions.enumerated() {
            let trainingClass = problem.classes[classIndex]
            for (cohortIndex, sessions) in cohorts.enumerated() {
                #expect(Set(sessions.map(\.slot)).count == sessions.count, "a cohort in two sessions at once")
                let cohort = trainingClass.cohorts[cohortIndex]
                #expect(sessions.count == cohort.sessionsToPlace.reduce(0, +))
                for session in sessions {
                    #expect(trainingClass.window!.contains(session.slot))
                    #expect(cohort.busy[session.slot] == nil)
                    #expect(problem.lecturers[session.lecturer].busy[session.slot] == nil)
                    #expect(problem.modules[trainingClass.modules[session.module]].lecturers.contains(session.lecturer))
                    #expect(lecturerSlots.insert([session.lecturer, session.slot]).inserted, "lecturer double-booked")
                    let day = [session.lecturer, problem.day(of: session.slot)]
                    #expect(lecturerDays[day, default: trainingClass.province!] == trainingClass.province!)
                    lecturerDays[day] = trainingClass.province!
                    for before in problem.modules[trainingClass.modules[session.module]].prerequisites {
                        let beforeIndex = trainingClass.modules.firstIndex(of: before)!
                        for earlier in sessions where earlier.module == beforeIndex {
                            #expect(earlier.slot < session.slot, "prerequisite after its module")
                        }
                    }
                }
            }
        }
    }

    @Test func plansTwoClassesSharingALecturerAcrossProvinces() {
        let problem = Self.problem()
        let result = Planner.plan(problem, options: PlanningOptions(seed: 7, timeLimit: .seconds(10)))
        #expect(result.unplanned.isEmpty)
        #expect(result.cost.units(of: UnplacedSessionsConstraint()) == 0)
        Self.checkHardRules(problem, result)
        // Hoa teaches M1 and M3 of both classes: six half-days, never both provinces on one day.
        let hoa = result.sessions.joined().joined().filter { $0.lecturer == 0 }
        #expect(hoa.count >= 6)
    }

    @Test func sameSeedSamePlan() {
        let first = Planner.plan(Self.problem(), options: PlanningOptions(seed: 3, timeLimit: .seconds(10)))
        let second = Planner.plan(Self.problem(), options: PlanningOptions(seed: 3, timeLimit: .seconds(10)))
        #expect(first.sessions == second.sessions)
    }

    @Test func replanningMovesOnlyTheSessionThatMust() throws {
        let before = Planner.plan(Self.problem(), options: PlanningOptions(seed: 1, timeLimit: .seconds(10)))
        let hoaSession = try #require(before.sessions[0][0].first { $0.lecturer == 0 && $0.module == 2 })
        var changed = Self.problem(hoaBusy: [hoaSession.slot: "on leave"])
        for classIndex in changed.classes.indices {
            changed.classes[classIndex].cohorts[0].previous = before.sessions[classIndex][0]
        }
        let after = Planner.plan(changed, options: PlanningOptions(seed: 1, timeLimit: .seconds(10), replan: true))
        #expect(after.unplanned.isEmpty)
        Self.checkHardRules(changed, after)
        #expect(after.cost.units(of: MovedSessionsConstraint()) == 1)
        let moved = MovedSessionsConstraint.moved(from: before.sessions[0][0], to: after.sessions[0][0])
        #expect(moved.count == 1)
        #expect(moved.first?.before == hoaSession)
        #expect(after.sessions[1][0] == before.sessions[1][0])
    }

    @Test func namesTheLecturerWhoRunsOut() throws {
        // Hoa is on leave all week but Monday: M1 and M3 of two classes need her on six half-days.
        let leave = Dictionary(uniqueKeysWithValues: (2...9).map { ($0, "on leave") })
        let result = Planner.plan(Self.problem(hoaBusy: leave), options: PlanningOptions(timeLimit: .seconds(10)))
        #expect(!result.unplanned.isEmpty)
        let reasons = result.unplanned.values.joined().joined(separator: " ")
        #expect(reasons.contains("needs lecturer Trần Thị Hoa (GV01)"), "\(reasons)")
        #expect(reasons.contains("on leave"), "\(reasons)")
    }

    @Test func namesTheVenueWithoutARoomBigEnough() {
        let result = Planner.plan(Self.problem(roomCapacity: 15), options: PlanningOptions(timeLimit: .seconds(10)))
        #expect(result.unplanned.count == 2)
        #expect(
            result.unplanned[0]
                == [
                    "venue HN has no room for the 20 delegates of cohort N1 of class B-HN-01 (largest: HN/P1, 15 seats)"
                ])
    }

    @Test func namesTheConstraintsInTheWay() {
        let noRoom = Planner.plan(Self.problem(roomCapacity: 15), options: PlanningOptions(timeLimit: .seconds(10)))
        #expect(noRoom.blockingConstraints == [0: ["venue room"], 1: ["venue room"]])
        let leave = Dictionary(uniqueKeysWithValues: (2...9).map { ($0, "on leave") })
        let noLecturer = Planner.plan(Self.problem(hoaBusy: leave), options: PlanningOptions(timeLimit: .seconds(10)))
        #expect(Set(noLecturer.blockingConstraints.keys) == Set(noLecturer.unplanned.keys))
        #expect(noLecturer.blockingConstraints.values.allSatisfy { $0.contains("lecturer availability") })
        let planned = Planner.plan(Self.problem(), options: PlanningOptions(seed: 7, timeLimit: .seconds(10)))
        #expect(planned.blockingConstraints.isEmpty)
    }

    @Test func justifiesEveryCostOfThePlan() {
        let result = Planner.plan(Self.problem(), options: PlanningOptions(seed: 7, timeLimit: .seconds(10)))
        for component in result.cost.components {
            #expect(component.penalties.reduce(0) { $0 + $1.units } == component.units, "\(component.name)")
            #expect(component.penalties.allSatisfy { $0.constraint == component.name && !$0.justification.isEmpty })
        }
        #expect(result.cost.units(of: LatenessConstraint()) > 0)
    }
}
