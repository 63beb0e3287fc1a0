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
    /// fixed session of a module that needs it, inside the class's window.
    func bounds(of module: Int, cohort: Int, window: ClosedRange<Int>) -> ClosedRange<Int>? {
        let owner = cohortOwner[cohort]
        var lowest = window.lowerBound
        var highest = window.upperBound
        let prerequisites = prerequisitesInClass[owner.classIndex]
        for before in prerequisites[module] {
            for slot in slots(ofModule: before, cohort: cohort) { lowest = max(lowest, slot + 1) }
        }
        for fixed in problem.classes[owner.classIndex].cohorts[owner.cohortIndex].fixed
        where prerequisites[fixed.module].contains(module) {
            highest = min(highest, fixed.slot - 1)
        }
        return lowest <= highest ? lowest...highest : nil
    }

    /// Where a session goes: its previous place if it still works, else the earliest half-day with the cohort,
    /// a lecturer and a room free. When re-planning, a half-day held by a kept session of a module that needs
    /// this one counts as free: that session gives way and is placed again later, after this one, as are kept
    /// sessions of such modules that would now come before it.
    private func placement(
        of module: Int, cohort: Int, in bounds: ClosedRange<Int>, previous: inout [PlannedSession]
    ) -> PlannedSession? {
        if let index = previous.firstIndex(where: { $0.module == module }) {
            let before = previous.remove(at: index)
            if bounds.contains(before.slot), fits(before, cohort: cohort) { return before }
        }
        let classIndex = cohortOwner[cohort].classIndex
        let teaching = Set(placements[cohort].lazy.filter { $0.module == module }.map(\.lecturer))
        let online = problem.classes[classIndex].venue == nil
        let rooms = roomsByPreference(cohort: cohort)
        let dependents = dependents(of: module, classIndex: classIndex)
        for slot in bounds {
            var displaced: PlannedSession?
            if !cohortFree(cohort, slot) {
                guard !cohortIsBusy(cohort, slot),
                    let kept = placements[cohort].first(where: { $0.slot == slot && dependents.contains($0.module) })
                else { continue }
                unplace(kept, cohort: cohort)
                displaced = kept
            }
            // No room for an online class; a free one of the venue else (`nil` when none is).
            let room: Int?? = online ? .some(nil) : rooms.first(where: { roomFree($0, slot) }).map { .some($0) }
            if let lecturer = lecturer(for: module, cohort: cohort, slot: slot, teaching: teaching), let room {
                for later in placements[cohort] where dependents.contains(later.module) && later.slot <= slot {
                    unplace(later, cohort: cohort)
                }
                return PlannedSession(module: module, slot: slot, room: room, lecturer: lecturer)
            }
            if let displaced { place(displaced, cohort: cohort) }
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

    /// The lecturer for a session: one who teaches the module and is free, preferring one who already teaches
    /// it to this cohort (`teaching`), then one who needs no new trip that day.
    private func lecturer(for classModule: Int, cohort: Int, slot: Int, teaching: Set<Int>) -> Int? {
        let classIndex = cohortOwner[cohort].classIndex
        let province = classProvince[classIndex]
        let module = problem.classes[classIndex].modules[classModule]
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

    /// The venue's rooms that hold the cohort, in the order to try them: those it already uses, then the
    /// smallest, so that big rooms stay free for big cohorts.
    private func roomsByPreference(cohort: Int) -> [Int] {
        let used = Set(placements[cohort].compactMap(\.room))
        func rank(_ room: Int) -> (Int, Int, Int) { (used.contains(room) ? 0 : 1, problem.rooms[room].capacity, room) }
        return eligibleRooms(cohort: cohort).sorted { rank($0) < rank($1) }
    }

    /// The venue's rooms with a seat for every delegate of the cohort.
    func eligibleRooms(cohort: Int) -> [Int] {
        let owner = cohortOwner[cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let size = trainingClass.cohorts[owner.cohortIndex].size
        return trainingClass.rooms.filter { problem.rooms[$0].capacity >= size }
    }
}
