/// Why a cohort's session found no place: the module, the half-days it could have used, and how many of its
/// sessions were left. Enough to explain it in the staff's terms.
struct PlacementFailure {
    var cohort: Int
    /// Index into the class's modules.
    var module: Int
    /// After its prerequisites and inside the window; `nil` when no half-day is left between them.
    var bounds: ClosedRange<Int>?
    var remaining: Int
}

extension PlanningBoard {
    /// Places the sessions still to place of every cohort of a class, or none of them: on failure the class is
    /// taken off the board again and the failure returned.
    func insert(classIndex: Int, preferPrevious: Bool) -> PlacementFailure? {
        for cohort in cohortsOfClass[classIndex] {
            if let failure = insert(cohort: cohort, preferPrevious: preferPrevious) {
                _ = removeAll(ofClass: classIndex)
                return failure
            }
        }
        return nil
    }

    /// Re-planning's first step: every session of the class that can stay where it was goes back there. The
    /// others are placed afterwards by ``insert(classIndex:preferPrevious:)``, around what stayed.
    func keepPrevious(ofClass classIndex: Int) {
        for cohort in cohortsOfClass[classIndex] {
            let owner = cohortOwner[cohort]
            let trainingClass = problem.classes[classIndex]
            for session in trainingClass.cohorts[owner.cohortIndex].previous.sorted(by: { $0.slot < $1.slot })
            where trainingClass.window?.contains(session.slot) == true && fits(session, cohort: cohort)
                && placed(session.module, cohort: cohort)
                    < trainingClass.cohorts[owner.cohortIndex].sessionsToPlace[session.module]
            {
                place(session, cohort: cohort)
            }
        }
    }

    /// A cohort's sessions module by module, prerequisites first, each in the earliest half-day where the cohort,
    /// a lecturer of the module and a room are free; when re-planning, a session's previous place first if it
    /// still works, so that only the sessions that must move do. Sessions already on the board count.
    private func insert(cohort: Int, preferPrevious: Bool) -> PlacementFailure? {
        let owner = cohortOwner[cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let data = trainingClass.cohorts[owner.cohortIndex]
        var previous = preferPrevious ? data.previous : []
        for module in moduleOrder[owner.classIndex] where data.sessionsToPlace[module] > placed(module, cohort: cohort)
        {
            let need = data.sessionsToPlace[module] - placed(module, cohort: cohort)
            for placed in 0..<need {
                let range = trainingClass.window.flatMap { bounds(of: module, cohort: cohort, window: $0) }
                guard let range, let session = placement(of: module, cohort: cohort, in: range, previous: &previous)
                else {
                    return PlacementFailure(cohort: cohort, module: module, bounds: range, remaining: need - placed)
                }
                place(session, cohort: cohort)
            }
        }
        return nil
    }

    private func placed(_ module: Int, cohort: Int) -> Int {
        placements[cohort].lazy.filter { $0.module == module }.count
    }

    /// The half-days a class module's session may take: after every session of its prerequisites, before every
    /// session of a module that needs it (fixed, or kept when re-planning), inside the class's window.
    func bounds(of module: Int, cohort: Int, window: ClosedRange<Int>) -> ClosedRange<Int>? {
        let owner = cohortOwner[cohort]
        var lowest = window.lowerBound
        var highest = window.upperBound
        let prerequisites = prerequisitesInClass[owner.classIndex]
        for before in prerequisites[module] {
            for slot in slots(ofModule: before, cohort: cohort) { lowest = max(lowest, slot + 1) }
        }
        for (after, befores) in prerequisites.enumerated() where befores.contains(module) {
            for slot in slots(ofModule: after, cohort: cohort) { highest = min(highest, slot - 1) }
        }
        return lowest <= highest ? lowest...highest : nil
    }

    private func placement(
        of module: Int, cohort: Int, in bounds: ClosedRange<Int>, previous: inout [PlannedSession]
    ) -> PlannedSession? {
        if let index = previous.firstIndex(where: { $0.module == module }) {
            let before = previous.remove(at: index)
            if bounds.contains(before.slot), fits(before, cohort: cohort) { return before }
        }
        for slot in bounds where cohortFree(cohort, slot) {
            guard let lecturer = lecturer(for: module, cohort: cohort, slot: slot),
                let room = room(for: cohort, slot: slot)
            else { continue }
            return PlannedSession(module: module, slot: slot, room: room, lecturer: lecturer)
        }
        return nil
    }

    /// Whether a session could stay where it was: every rule still holds there.
    private func fits(_ session: PlannedSession, cohort: Int) -> Bool {
        let classIndex = cohortOwner[cohort].classIndex
        let trainingClass = problem.classes[classIndex]
        guard cohortFree(cohort, session.slot),
            problem.modules[trainingClass.modules[session.module]].lecturers.contains(session.lecturer),
            lecturerFree(session.lecturer, session.slot, province: classProvince[classIndex])
        else { return false }
        guard let room = session.room else { return trainingClass.venue == nil }
        return eligibleRooms(cohort: cohort).contains(room) && roomFree(room, session.slot)
    }

    /// The lecturer for a session: one who teaches the module and is free, preferring the one who already teaches
    /// it to this cohort, then one who needs no new trip that day, then the least loaded.
    private func lecturer(for classModule: Int, cohort: Int, slot: Int) -> Int? {
        let classIndex = cohortOwner[cohort].classIndex
        let province = classProvince[classIndex]
        let module = problem.classes[classIndex].modules[classModule]
        let teaching = Set(placements[cohort].filter { $0.module == classModule }.map(\.lecturer))
        var best: (lecturer: Int, score: Int)?
        for lecturer in problem.modules[module].lecturers where lecturerFree(lecturer, slot, province: province) {
            var score = teaching.contains(lecturer) ? 0 : 4
            if province >= 0, lecturerHome[lecturer] != province, provinceOf(lecturer: lecturer, day: slot / 2) < 0 {
                score += 2
            }
            if best == nil || score < best!.score { best = (lecturer, score) }
        }
        return best?.lecturer
    }

    /// The room for a cohort's session (`nil` when none is free): no room for an online class; else a free room of the venue that holds the
    /// cohort, preferring the one the cohort already uses, then the smallest.
    private func room(for cohort: Int, slot: Int) -> Int?? {
        let trainingClass = problem.classes[cohortOwner[cohort].classIndex]
        guard trainingClass.venue != nil else { return .some(nil) }
        let used = Set(placements[cohort].compactMap(\.room))
        let free = eligibleRooms(cohort: cohort).filter { roomFree($0, slot) }
        let choice =
            free.first(where: used.contains)
            ?? free.min { (problem.rooms[$0].capacity, $0) < (problem.rooms[$1].capacity, $1) }
        return choice.map { .some($0) }
    }

    /// The venue's rooms with a seat for every delegate of the cohort.
    func eligibleRooms(cohort: Int) -> [Int] {
        let owner = cohortOwner[cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let size = trainingClass.cohorts[owner.cohortIndex].size
        return trainingClass.rooms.filter { problem.rooms[$0].capacity >= size }
    }
}
