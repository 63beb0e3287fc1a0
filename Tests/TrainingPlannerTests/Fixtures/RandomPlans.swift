import TrainingModel
import TrainingPlanner

extension Plans {
    /// A random problem of two weeks (weekends busy), 5–10 lecturers in three provinces, 2–5 classes at venues or
    /// online, some leave and closures: small enough to plan in a moment, varied enough that some classes fail.
    static func random(seed: UInt64) -> PlanningProblem {
        var random = RandomGenerator(seed: seed)
        func below(_ bound: Int) -> Int { random.next(below: bound) }
        let slots = PlanningProblem.slots(from: monday, to: CalendarDate(daysSinceEpoch: monday.daysSinceEpoch + 13))
        let provinces = ["01", "31", "79"]
        let lecturers = (0..<(5 + below(6))).map { index in
            PlanningLecturer(
                code: "GV\(index)", name: "Giảng viên \(index)",
                homeProvince: below(4) == 0 ? nil : provinces[below(3)],
                busy: Dictionary((0..<below(6)).map { _ in (below(slots.count), "on leave") }) { first, _ in first },
                provinceByDay: below(3) == 0 ? [below(14): provinces[below(3)]] : [:])
        }
        let moduleCount = 3 + below(3)
        let modules = (0..<moduleCount).map { index in
            PlanningModule(
                code: "M\(index)", prerequisites: index > 0 && below(2) == 0 ? [below(index)] : [],
                lecturers: Set((0..<(1 + below(4))).map { _ in below(lecturers.count) }).sorted())
        }
        var rooms: [PlanningRoom] = []
        var classes: [PlanningClass] = []
        for index in 0..<(2 + below(4)) {
            let online = below(5) == 0
            var classRooms: [Int] = []
            for _ in 0..<(online ? 0 : 1 + below(3)) {
                classRooms.append(rooms.count)
                rooms.append(
                    PlanningRoom(
                        name: "V\(index)/P\(rooms.count)", capacity: 20 + below(30),
                        busy: below(3) == 0 ? [below(slots.count): "closed"] : [:]))
            }
            let start = below(8)
            let classModules = (0..<moduleCount).filter { _ in below(4) != 0 }
            let weekends = Dictionary(
                uniqueKeysWithValues: slots.indices.filter { ($0 / 2) % 7 >= 5 }.map { ($0, "weekend") })
            classes.append(
                PlanningClass(
                    code: "C\(index)", province: online ? nil : provinces[below(3)], venue: online ? nil : "V\(index)",
                    rooms: classRooms, window: start...min(slots.count - 1, start + 12 + below(20)),
                    earliness: below(3), modules: classModules,
                    cohorts: (0..<(1 + below(2))).map { cohort in
                        PlanningCohort(
                            code: "N\(cohort + 1)", size: 10 + below(30), busy: weekends,
                            sessionsToPlace: classModules.map { _ in 1 + below(2) })
                    }))
        }
        return PlanningProblem(slots: slots, lecturers: lecturers, rooms: rooms, modules: modules, classes: classes)
    }
}
