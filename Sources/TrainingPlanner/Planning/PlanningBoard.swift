/// What every cohort, lecturer and room is doing in each half-day while the planner works: the fixed calendar
/// (busy half-days) and the sessions placed so far, kept in flat arrays so that a feasibility check is a few reads.
///
/// Cohorts are numbered across classes (``cohortsOfClass``); provinces are interned to numbers, `-1` meaning
/// none (an online class, a free day).
final class PlanningBoard {
    let problem: PlanningProblem
    /// What the search minimises.
    let scorer: PlanningScorer
    let slotCount: Int
    let dayCount: Int
    /// The flat cohort numbers of each class.
    let cohortsOfClass: [Range<Int>]
    /// The class and the cohort's place in it, for each flat cohort.
    let cohortOwner: [(classIndex: Int, cohortIndex: Int)]
    /// Each class's modules in an order that puts prerequisites first (as indexes into the class's modules), the
    /// months people asked for next (``MonthPreferences/preferredOrder(of:province:)``), the program's order last.
    let moduleOrder: [[Int]]
    /// For each class and class module: the class modules that must come before it.
    let prerequisitesInClass: [[[Int]]]
    let classProvince: [Int32]
    let lecturerHome: [Int32]

    private let cohortBusy: [Bool]
    private let lecturerBusy: [Bool]
    private let roomBusy: [Bool]
    private let lecturerFixedProvince: [Int32]

    private var cohortTaken: [Bool]
    private var lecturerTaken: [Bool]
    private var roomTaken: [Bool]
    /// Sessions a lecturer teaches in a province on a day (online ones not counted), and which province.
    private var lecturerDaySessions: [Int32]
    private var lecturerDayProvince: [Int32]
    /// The sessions placed so far, per flat cohort.
    private(set) var placements: [[PlannedSession]]

    init(problem: PlanningProblem, scorer: PlanningScorer) {
        self.problem = problem
        self.scorer = scorer
        slotCount = problem.slots.count
        dayCount = (problem.slots.count + 1) / 2
        var provinces: [String: Int32] = [:]
        func intern(_ province: String?) -> Int32 {
            guard let province else { return -1 }
            if let known = provinces[province] { return known }
            let number = Int32(provinces.count)
            provinces[province] = number
            return number
        }
        classProvince = problem.classes.map { intern($0.province) }
        lecturerHome = problem.lecturers.map { intern($0.homeProvince) }

        var ranges: [Range<Int>] = []
        var owners: [(classIndex: Int, cohortIndex: Int)] = []
        for (classIndex, trainingClass) in problem.classes.enumerated() {
            ranges.append(owners.count..<(owners.count + trainingClass.cohorts.count))
            owners += trainingClass.cohorts.indices.map { (classIndex, $0) }
        }
        cohortsOfClass = ranges
        cohortOwner = owners
        let prerequisites = problem.classes.map { trainingClass in
            trainingClass.modules.map { module in
                problem.modules[module].prerequisites.compactMap { trainingClass.modules.firstIndex(of: $0) }
            }
        }
        prerequisitesInClass = prerequisites
        moduleOrder = zip(problem.classes, prerequisites).map { trainingClass, prerequisites in
            let codes = trainingClass.modules.map { problem.modules[$0].code }
            return Self.prerequisitesFirst(
                prerequisites,
                preferring: problem.monthPreferences.preferredOrder(of: codes, province: trainingClass.province))
        }

        let slots = slotCount
        var cohortBusy = Array(repeating: false, count: owners.count * slots)
        var cohortTaken = cohortBusy
        for (flat, owner) in owners.enumerated() {
            let cohort = problem.classes[owner.classIndex].cohorts[owner.cohortIndex]
            for slot in cohort.busy.keys where slot < slots { cohortBusy[flat * slots + slot] = true }
            for fixed in cohort.fixed where fixed.slot < slots { cohortTaken[flat * slots + fixed.slot] = true }
        }
        self.cohortBusy = cohortBusy
        self.cohortTaken = cohortTaken
        var lecturerBusy = Array(repeating: false, count: problem.lecturers.count * slots)
        var fixedProvince = Array(repeating: Int32(-1), count: problem.lecturers.count * dayCount)
        for (index, lecturer) in problem.lecturers.enumerated() {
            for slot in lecturer.busy.keys where slot < slots { lecturerBusy[index * slots + slot] = true }
            for (day, province) in lecturer.provinceByDay where day < dayCount {
                fixedProvince[index * dayCount + day] = intern(province)
            }
        }
        self.lecturerBusy = lecturerBusy
        lecturerFixedProvince = fixedProvince
        lecturerTaken = Array(repeating: false, count: problem.lecturers.count * slots)
        lecturerDaySessions = Array(repeating: 0, count: problem.lecturers.count * dayCount)
        lecturerDayProvince = Array(repeating: -1, count: problem.lecturers.count * dayCount)
        var roomBusy = Array(repeating: false, count: problem.rooms.count * slots)
        for (index, room) in problem.rooms.enumerated() {
            for slot in room.busy.keys where slot < slots { roomBusy[index * slots + slot] = true }
        }
        self.roomBusy = roomBusy
        roomTaken = Array(repeating: false, count: problem.rooms.count * slots)
        placements = Array(repeating: [], count: owners.count)
    }

    /// Kahn's order over the class's modules, `preferred` (every class module once) breaking ties.
    static func prerequisitesFirst(_ prerequisites: [[Int]], preferring preferred: [Int]) -> [Int] {
        var remaining = prerequisites.map(\.count)
        var order: [Int] = []
        var done = Array(repeating: false, count: prerequisites.count)
        while order.count < prerequisites.count {
            // A cycle cannot come from a validated catalog; take the first module left rather than loop forever.
            let next =
                preferred.first { !done[$0] && remaining[$0] == 0 } ?? preferred.first { !done[$0] }!
            done[next] = true
            order.append(next)
            for (module, before) in prerequisites.enumerated() where before.contains(next) { remaining[module] -= 1 }
        }
        return order
    }

    // MARK: Reading

    func cohortFree(_ cohort: Int, _ slot: Int) -> Bool {
        !cohortBusy[cohort * slotCount + slot] && !cohortTaken[cohort * slotCount + slot]
    }

    func roomFree(_ room: Int, _ slot: Int) -> Bool {
        !roomBusy[room * slotCount + slot] && !roomTaken[room * slotCount + slot]
    }

    /// Free in the half-day, and not in another province that day.
    func lecturerFree(_ lecturer: Int, _ slot: Int, province: Int32) -> Bool {
        guard !lecturerBusy[lecturer * slotCount + slot], !lecturerTaken[lecturer * slotCount + slot] else {
            return false
        }
        guard province >= 0 else { return true }
        let there = provinceOf(lecturer: lecturer, day: slot / 2)
        return there < 0 || there == province
    }

    /// The province a lecturer teaches in on a day, `-1` when none yet.
    func provinceOf(lecturer: Int, day: Int) -> Int32 {
        let fixed = lecturerFixedProvince[lecturer * dayCount + day]
        if fixed >= 0 { return fixed }
        return lecturerDaySessions[lecturer * dayCount + day] > 0 ? lecturerDayProvince[lecturer * dayCount + day] : -1
    }

    func lecturerIsBusy(_ lecturer: Int, _ slot: Int) -> Bool { lecturerBusy[lecturer * slotCount + slot] }
    func lecturerIsTaken(_ lecturer: Int, _ slot: Int) -> Bool { lecturerTaken[lecturer * slotCount + slot] }
    func cohortIsBusy(_ cohort: Int, _ slot: Int) -> Bool { cohortBusy[cohort * slotCount + slot] }
    func roomIsBusy(_ room: Int, _ slot: Int) -> Bool { roomBusy[room * slotCount + slot] }

    // MARK: Changing

    func place(_ session: PlannedSession, cohort: Int) {
        let province = classProvince[cohortOwner[cohort].classIndex]
        cohortTaken[cohort * slotCount + session.slot] = true
        lecturerTaken[session.lecturer * slotCount + session.slot] = true
        if let room = session.room { roomTaken[room * slotCount + session.slot] = true }
        if province >= 0 {
            let day = session.lecturer * dayCount + session.slot / 2
            lecturerDaySessions[day] += 1
            lecturerDayProvince[day] = province
        }
        placements[cohort].append(session)
    }

    /// Takes one placed session of a cohort off the board.
    func unplace(_ session: PlannedSession, cohort: Int) {
        guard let index = placements[cohort].firstIndex(of: session) else { return }
        placements[cohort].remove(at: index)
        cohortTaken[cohort * slotCount + session.slot] = false
        lecturerTaken[session.lecturer * slotCount + session.slot] = false
        if let room = session.room { roomTaken[room * slotCount + session.slot] = false }
        if classProvince[cohortOwner[cohort].classIndex] >= 0 {
            lecturerDaySessions[session.lecturer * dayCount + session.slot / 2] -= 1
        }
    }

    /// Takes every session of the class off the board and returns them, per cohort of the class.
    func removeAll(ofClass classIndex: Int) -> [[PlannedSession]] {
        cohortsOfClass[classIndex].map { cohort in
            let removed = placements[cohort]
            for session in removed { unplace(session, cohort: cohort) }
            return removed
        }
    }

    /// The class modules that need `module`, directly or through others.
    func dependents(of module: Int, classIndex: Int) -> Set<Int> {
        var found = Set<Int>()
        var frontier = [module]
        while let next = frontier.popLast() {
            for (other, befores) in prerequisitesInClass[classIndex].enumerated()
            where befores.contains(next) && found.insert(other).inserted {
                frontier.append(other)
            }
        }
        return found
    }

    /// The half-days of a class module's sessions in a cohort: the fixed ones and those placed.
    func slots(ofModule module: Int, cohort: Int) -> [Int] {
        let owner = cohortOwner[cohort]
        let fixed = problem.classes[owner.classIndex].cohorts[owner.cohortIndex].fixed
        return fixed.filter { $0.module == module }.map(\.slot)
            + placements[cohort].filter { $0.module == module }.map(\.slot)
    }
}
