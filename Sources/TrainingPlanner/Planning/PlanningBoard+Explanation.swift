import TrainingModel

/// Why a class found no place: a sentence for staff that counts what is in the way, and the hard constraints
/// (by ``PlanningConstraint/name``) it runs into.
struct PlacementExplanation {
    var constraints: [Message]
    var sentence: Message

    init(_ constraints: [any PlanningConstraint], _ sentence: Message) {
        self.constraints = constraints.map(\.name)
        self.sentence = sentence
    }
}

extension PlanningBoard {
    /// Says why a session found no place, naming the resource that ran out first: the cohort's own free
    /// half-days, then the module's lecturers (who must give the module to every cohort of the class), then the
    /// venue's rooms. Each sentence counts what is in the way. Called with the class off the board.
    func explain(_ failure: PlacementFailure) -> PlacementExplanation {
        let owner = cohortOwner[failure.cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let cohort = trainingClass.cohorts[owner.cohortIndex]
        let module = problem.modules[trainingClass.modules[failure.module]]
        let who: Message = "cohort \(cohort.code) of class \(trainingClass.code)"
        guard let window = trainingClass.window else {
            return PlacementExplanation(
                [ClassWindowConstraint()],
                "class \(trainingClass.code) has no half-day to meet in: its dates are outside the planning horizon")
        }
        let lecturerRules: [any PlanningConstraint] =
            trainingClass.province == nil
            ? [LecturerAvailabilityConstraint()] : [LecturerAvailabilityConstraint(), LecturerProvinceConstraint()]
        if let short = lecturersShort(failure, window: window) { return PlacementExplanation(lecturerRules, short) }
        guard let bounds = failure.bounds else {
            return PlacementExplanation(
                [ModuleOrderConstraint(), ClassWindowConstraint()],
                orderSentence(failure, module: module.code, who: who, window: window))
        }
        let span: Message =
            "between \(problem.wording(slot: bounds.lowerBound)) and \(problem.wording(slot: bounds.upperBound))"
        let need = failure.remaining
        let freeForCohort = bounds.filter { cohortFree(failure.cohort, $0) }
        if freeForCohort.count < need {
            let inTheWay = tally(bounds.filter { !freeForCohort.contains($0) }) { slot in
                cohort.busy[slot] ?? "its other sessions"
            }
            return PlacementExplanation(
                [CohortAvailabilityConstraint()],
                "\(who) has \(halfDays(freeForCohort.count)) free \(span) and module \(module.code) needs"
                    + " \(number: need) more (taken: \(inTheWay))")
        }
        if module.lecturers.isEmpty {
            return PlacementExplanation(
                [LecturerQualificationConstraint()],
                "no lecturer teaches module \(module.code): add one with `ttbd lecturers add CODE --modules \(module.code) …`"
            )
        }
        let province = classProvince[owner.classIndex]
        let withLecturer = freeForCohort.filter { slot in
            module.lecturers.contains { lecturerFree($0, slot, province: province) }
        }
        let classNeed = trainingClass.cohorts.reduce(0) { $0 + $1.sessionsToPlace[failure.module] }
        if withLecturer.count < classNeed {
            return PlacementExplanation(
                lecturerRules,
                lecturerSentence(
                    module: module, freeForCohort: freeForCohort, province: province, failure: failure,
                    needed: classNeed))
        }
        if trainingClass.venue != nil {
            let venue = trainingClass.venue ?? ""
            let eligible = eligibleRooms(cohort: failure.cohort)
            if eligible.isEmpty {
                let largest = trainingClass.rooms.max { problem.rooms[$0].capacity < problem.rooms[$1].capacity }
                let biggest = largest.map { room -> Message in
                    let (name, capacity) = (problem.rooms[room].name, problem.rooms[room].capacity)
                    return capacity == 1 ? "largest: \(name), 1 seat" : "largest: \(name), \(number: capacity) seats"
                }
                return PlacementExplanation(
                    [VenueRoomConstraint()],
                    cohort.size == 1
                        ? "venue \(venue) has no room for the 1 delegate of \(who) (\(biggest ?? "it has no rooms"))"
                        : "venue \(venue) has no room for the \(number: cohort.size) delegates of \(who)"
                            + " (\(biggest ?? "it has no rooms"))")
            }
            let withRoom = withLecturer.filter { slot in eligible.contains { roomFree($0, slot) } }
            if withRoom.count < need {
                let names = eligible.map { problem.rooms[$0].name }.joined(separator: ", ")
                let inTheWay = tally(withLecturer.filter { !withRoom.contains($0) }) { slot in
                    eligible.lazy.compactMap { self.problem.rooms[$0].busy[slot] }.first ?? "other sessions of the plan"
                }
                return PlacementExplanation(
                    [RoomAvailabilityConstraint()],
                    "the rooms of venue \(venue) that hold \(who) (\(names)) are free on \(halfDays(withRoom.count)) of the"
                        + " \(number: withLecturer.count) when the cohort and a lecturer of module \(module.code) are,"
                        + " and it needs \(number: need) (taken: \(inTheWay))")
            }
        }
        return PlacementExplanation(
            [CohortAvailabilityConstraint()] + lecturerRules
                + (trainingClass.venue == nil ? [] : [RoomAvailabilityConstraint()]),
            need == 1
                ? "no half-day \(span) has \(who), a lecturer of module \(module.code) and a room free together for its"
                    + " 1 remaining session"
                : "no half-day \(span) has \(who), a lecturer of module \(module.code) and a room free together for its"
                    + " \(number: need) remaining sessions")
    }

    /// Over the class's whole window, before the order of modules narrows it: a module whose lecturers are free
    /// on fewer half-days (when the cohort can meet) than the class needs them, else the modules' lecturers
    /// together free on fewer half-days than the cohort has sessions. `nil` when lecturers are not short.
    private func lecturersShort(_ failure: PlacementFailure, window: ClosedRange<Int>) -> Message? {
        let owner = cohortOwner[failure.cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let province = classProvince[owner.classIndex]
        let freeForCohort = window.filter { cohortFree(failure.cohort, $0) }
        func teachable(_ classModule: Int) -> [Int] {
            let lecturers = problem.modules[trainingClass.modules[classModule]].lecturers
            return freeForCohort.filter { slot in lecturers.contains { lecturerFree($0, slot, province: province) } }
        }
        for classModule in moduleOrder[owner.classIndex] {
            let module = problem.modules[trainingClass.modules[classModule]]
            let needed = trainingClass.cohorts.reduce(0) { $0 + $1.sessionsToPlace[classModule] }
            guard !module.lecturers.isEmpty, needed > 0, teachable(classModule).count < needed else { continue }
            let moduleFailure = PlacementFailure(
                cohort: failure.cohort, module: classModule, bounds: window, remaining: needed)
            return lecturerSentence(
                module: module, freeForCohort: freeForCohort, province: province, failure: moduleFailure, needed: needed
            )
        }
        let sessions = trainingClass.cohorts[owner.cohortIndex].sessionsToPlace.reduce(0, +)
        let anyLecturer = Set(trainingClass.modules.indices.flatMap(teachable))
        guard anyLecturer.count < sessions else { return nil }
        let lecturers = Set(trainingClass.modules.flatMap { problem.modules[$0].lecturers })
        let (first, last) = (problem.wording(slot: window.lowerBound), problem.wording(slot: window.upperBound))
        return lecturers.count == 1
            ? "the 1 lecturer of class \(trainingClass.code)'s modules is free on"
                + " \(halfDays(anyLecturer.count)) between \(first) and \(last) when \(cohortName(failure)) can meet,"
                + " and it has \(number: sessions) sessions: the other classes of the plan and the lecturer's leave"
                + " take the rest"
            : "the \(number: lecturers.count) lecturers of class \(trainingClass.code)'s modules are free on"
                + " \(halfDays(anyLecturer.count)) between \(first) and \(last) when \(cohortName(failure)) can meet,"
                + " and it has \(number: sessions) sessions: the other classes of the plan and the lecturers' leave"
                + " take the rest"
    }

    /// The module's sessions must come after its prerequisites' and before the fixed sessions that need it.
    private func orderSentence(_ failure: PlacementFailure, module: String, who: Message, window: ClosedRange<Int>)
        -> Message
    {
        let owner = cohortOwner[failure.cohort]
        let trainingClass = problem.classes[owner.classIndex]
        let latestBefore = prerequisitesInClass[owner.classIndex][failure.module].flatMap { before in
            slots(ofModule: before, cohort: failure.cohort).map { (before, $0) }
        }.max { $0.1 < $1.1 }
        guard let (before, slot) = latestBefore else {
            return "module \(module) of \(who) must come before sessions already fixed, and no half-day of the"
                + " class's window is left before them"
        }
        let code = problem.modules[trainingClass.modules[before]].code
        return "module \(module) of \(who) must come after module \(code), last on \(problem.wording(slot: slot)), and"
            + " no half-day of the class's window (until \(problem.wording(slot: window.upperBound))) is left after it"
    }

    /// "module B05 needs lecturer Trần Thị Hoa (GV05), who has 2 free half-days … and is needed for 6".
    private func lecturerSentence(
        module: PlanningModule, freeForCohort: [Int], province: Int32, failure: PlacementFailure, needed: Int
    ) -> Message {
        let until = freeForCohort.last.map { "until \(problem.wording(slot: $0))" } ?? Message(verbatim: "")
        let free = Set(
            freeForCohort.filter { slot in module.lecturers.contains { lecturerFree($0, slot, province: province) } })
        let inTheWay = tally(freeForCohort.filter { !free.contains($0) }) { slot in
            let lecturer = module.lecturers[0]
            if let reason = self.problem.lecturers[lecturer].busy[slot] { return reason }
            if self.lecturerIsTaken(lecturer, slot) { return "teaching other sessions of the plan" }
            return "teaching in another province that day"
        }
        let people = module.lecturers.map { "\(problem.lecturers[$0].name) (\(problem.lecturers[$0].code))" }
        let (freeHalfDays, cohort) = (halfDays(free.count), cohortName(failure))
        return people.count == 1
            ? "module \(module.code) needs lecturer \(people[0]), who has \(freeHalfDays) free \(until) when \(cohort) can"
                + " meet, and is needed for \(number: needed) (not free: \(inTheWay))"
            : "module \(module.code) needs one of its lecturers \(people.joined(separator: ", ")), who together have"
                + " \(freeHalfDays) free \(until) when \(cohort) can meet, and are needed for \(number: needed)"
                + " (not free: \(inTheWay))"
    }

    private func cohortName(_ failure: PlacementFailure) -> Message {
        let owner = cohortOwner[failure.cohort]
        let trainingClass = problem.classes[owner.classIndex]
        return "cohort \(trainingClass.cohorts[owner.cohortIndex].code) of class \(trainingClass.code)"
    }

    /// "weekend 8, public holiday Giỗ Tổ Hùng Vương 2": reasons counted, the most frequent first (alike, in the
    /// order of their English).
    private func tally(_ slots: [Int], reason: (Int) -> Message) -> Message {
        var counts: [Message: Int] = [:]
        for slot in slots { counts[reason(slot), default: 0] += 1 }
        if counts.isEmpty { return "nothing else" }
        let counted = counts.map { (reason: $0.key, english: $0.key.description, count: $0.value) }
        return Message.joined(
            counted.sorted { ($1.count, $0.english) < ($0.count, $1.english) }.map {
                "\($0.reason) \(number: $0.count)"
            },
            separator: ", ")
    }

    private func halfDays(_ count: Int) -> Message { count == 1 ? "1 half-day" : "\(number: count) half-days" }
}
