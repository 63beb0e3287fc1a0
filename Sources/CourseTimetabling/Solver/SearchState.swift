/// The solver's working timetable with every counter the cost depends on, kept up to date move by move
/// so that a move's cost change is computed from a few counters instead of a full re-scoring.
///
/// Flat buffers indexed by (curriculum, period), (course, day) and so on; a class with raw buffers keeps
/// the inner loop free of copy-on-write checks and reference counting. It never leaves the solver.
final class SearchState {
    let periodCount: Int
    let roomCount: Int
    let dayCount: Int
    let periodsPerDay: Int
    let courseCount: Int
    let curriculumCount: Int
    let lecturerCount: Int
    let lectureCount: Int

    // The problem, compiled.
    let lectureCourse: UnsafeMutablePointer<Int32>
    let curriculaStart: UnsafeMutablePointer<Int32>
    let curriculaList: UnsafeMutablePointer<Int32>
    let lecturersStart: UnsafeMutablePointer<Int32>
    let lecturersList: UnsafeMutablePointer<Int32>
    let minimumDays: UnsafeMutablePointer<Int32>
    /// Whether two courses, (first, second), share a curriculum or a lecturer, so their lectures clash in a
    /// period. True for a course and itself: every course has a lecturer, one of its own if none is named.
    let courseConflict: UnsafeMutablePointer<Bool>
    /// Weighted capacity cost of each (course, room).
    let roomCost: UnsafeMutablePointer<Int32>
    /// Weighted preference and moved-lecture cost of each (course, period).
    let periodCost: UnsafeMutablePointer<Int32>
    /// 1 where a (course, period) is unavailable.
    let unavailable: UnsafeMutablePointer<Int32>
    let dayOfPeriod: UnsafeMutablePointer<Int32>
    let slotOfPeriod: UnsafeMutablePointer<Int32>
    let periodFixed: UnsafeMutablePointer<Bool>
    let roomFixed: UnsafeMutablePointer<Bool>
    let dayWeight: Int
    let isolationWeight: Int
    let stabilityWeight: Int

    // The timetable and its counters.
    let lecturePeriod: UnsafeMutablePointer<Int32>
    let lectureRoom: UnsafeMutablePointer<Int32>
    /// The lecture in each (period, room), or -1.
    let roomLecture: UnsafeMutablePointer<Int32>
    let curriculumLoad: UnsafeMutablePointer<Int32>
    let lecturerLoad: UnsafeMutablePointer<Int32>
    let courseDayLoad: UnsafeMutablePointer<Int32>
    let courseWorkingDays: UnsafeMutablePointer<Int32>
    let courseRoomLoad: UnsafeMutablePointer<Int32>
    let courseRoomsUsed: UnsafeMutablePointer<Int32>

    /// The solver's hard measure: pairs of lectures sharing a curriculum or lecturer in a period, plus
    /// lectures in unavailable periods. Zero exactly when the timetable is feasible.
    var hard = 0
    var soft = 0

    /// The lectures of the Kempe chain being built are those whose mark is the current stamp: a lookup in
    /// constant time, with nothing to clear between chains.
    let chainMark: UnsafeMutablePointer<Int32>
    var chainStamp: Int32 = 0

    private let owned: [UnsafeMutableRawPointer]

    init(problem: Problem) {
        var owned: [UnsafeMutableRawPointer] = []
        func buffer(_ count: Int, _ value: Int32 = 0) -> UnsafeMutablePointer<Int32> {
            let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, count))
            pointer.initialize(repeating: value, count: max(1, count))
            owned.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        func flags(_ count: Int) -> UnsafeMutablePointer<Bool> {
            let pointer = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, count))
            pointer.initialize(repeating: false, count: max(1, count))
            owned.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        let periods = problem.periodCount
        let rooms = problem.rooms.count
        let courses = problem.courses.count
        periodCount = periods
        roomCount = rooms
        dayCount = problem.days
        periodsPerDay = problem.periodsPerDay
        courseCount = courses
        curriculumCount = problem.curricula.count
        lectureCount = problem.lectureCount

        lectureCourse = buffer(lectureCount)
        for (lecture, course) in problem.lectureCourses.enumerated() { lectureCourse[lecture] = Int32(course) }

        let curriculaByCourse = problem.curriculaByCourse()
        curriculaStart = buffer(courses + 1)
        curriculaList = buffer(curriculaByCourse.reduce(0) { $0 + $1.count })
        var next = 0
        for course in 0..<courses {
            curriculaStart[course] = Int32(next)
            for curriculum in curriculaByCourse[course] {
                curriculaList[next] = Int32(curriculum)
                next += 1
            }
        }
        curriculaStart[courses] = Int32(next)

        // A course without lecturers gets one of its own, so its lectures still never share a period.
        var lecturersByCourse = problem.courses.map { Array(Set($0.lecturers)).sorted() }
        var lecturers = problem.lecturers.count
        for course in 0..<courses where lecturersByCourse[course].isEmpty {
            lecturersByCourse[course] = [lecturers]
            lecturers += 1
        }
        lecturerCount = lecturers
        lecturersStart = buffer(courses + 1)
        lecturersList = buffer(lecturersByCourse.reduce(0) { $0 + $1.count })
        next = 0
        for course in 0..<courses {
            lecturersStart[course] = Int32(next)
            for lecturer in lecturersByCourse[course] {
                lecturersList[next] = Int32(lecturer)
                next += 1
            }
        }
        lecturersStart[courses] = Int32(next)
        courseConflict = flags(courses * courses)
        let curriculumSets = curriculaByCourse.map(Set.init)
        let lecturerSets = lecturersByCourse.map(Set.init)
        for course in 0..<courses {
            for other in 0..<courses
            where !curriculumSets[course].isDisjoint(with: curriculumSets[other])
                || !lecturerSets[course].isDisjoint(with: lecturerSets[other])
            {
                courseConflict[course * courses + other] = true
            }
        }

        let weights = problem.weights
        dayWeight = weights.minimumWorkingDays
        isolationWeight = weights.isolatedLecture
        stabilityWeight = weights.roomStability
        minimumDays = buffer(courses)
        roomCost = buffer(courses * rooms)
        periodCost = buffer(courses * periods)
        unavailable = buffer(courses * periods)
        let availability = problem.availability()
        for (course, definition) in problem.courses.enumerated() {
            minimumDays[course] = Int32(definition.minimumWorkingDays)
            for room in 0..<rooms {
                roomCost[course * rooms + room] = Int32(
                    max(0, definition.students - problem.rooms[room].capacity) * weights.roomCapacity)
            }
            let previous = Set(definition.previousPeriods)
            for period in 0..<periods {
                var cost = definition.periodCosts.isEmpty ? 0 : definition.periodCosts[period] * weights.preference
                if !previous.isEmpty && !previous.contains(period) { cost += weights.movedLecture }
                periodCost[course * periods + period] = Int32(cost)
                unavailable[course * periods + period] = availability[course][period] ? 0 : 1
            }
        }
        dayOfPeriod = buffer(periods)
        slotOfPeriod = buffer(periods)
        for period in 0..<periods {
            dayOfPeriod[period] = Int32(problem.day(of: period))
            slotOfPeriod[period] = Int32(problem.slot(of: period))
        }
        periodFixed = flags(lectureCount)
        roomFixed = flags(lectureCount)

        lecturePeriod = buffer(lectureCount, -1)
        lectureRoom = buffer(lectureCount, -1)
        roomLecture = buffer(periods * rooms, -1)
        curriculumLoad = buffer(problem.curricula.count * periods)
        lecturerLoad = buffer(lecturers * periods)
        courseDayLoad = buffer(courses * problem.days)
        courseWorkingDays = buffer(courses)
        courseRoomLoad = buffer(courses * rooms)
        courseRoomsUsed = buffer(courses)
        chainMark = buffer(lectureCount)
        self.owned = owned
        (hard, soft) = recomputedCost()
    }

    deinit {
        for pointer in owned { pointer.deallocate() }
    }

    var isComplete: Bool {
        (0..<lectureCount).allSatisfy { lecturePeriod[$0] >= 0 }
    }

    // MARK: - Checking

    /// (hard, soft) computed from scratch from the counters' definitions, to test the deltas against.
    func recomputedCost() -> (hard: Int, soft: Int) {
        var hardTotal = 0
        var softTotal = 0
        for curriculum in 0..<curriculumCount {
            for period in 0..<periodCount {
                let load = Int(curriculumLoad[curriculum * periodCount + period])
                hardTotal += load * (load - 1) / 2
                if load > 0 {
                    let slot = Int(slotOfPeriod[period])
                    let before = slot > 0 ? curriculumLoad[curriculum * periodCount + period - 1] : 0
                    let after = slot < periodsPerDay - 1 ? curriculumLoad[curriculum * periodCount + period + 1] : 0
                    if before == 0 && after == 0 { softTotal += load * isolationWeight }
                }
            }
        }
        for lecturer in 0..<lecturerCount {
            for period in 0..<periodCount {
                let load = Int(lecturerLoad[lecturer * periodCount + period])
                hardTotal += load * (load - 1) / 2
            }
        }
        for lecture in 0..<lectureCount where lecturePeriod[lecture] >= 0 {
            let course = Int(lectureCourse[lecture])
            let period = Int(lecturePeriod[lecture])
            hardTotal += Int(unavailable[course * periodCount + period])
            softTotal += Int(periodCost[course * periodCount + period])
            softTotal += Int(roomCost[course * roomCount + Int(lectureRoom[lecture])])
        }
        for course in 0..<courseCount {
            softTotal += max(0, Int(courseRoomsUsed[course]) - 1) * stabilityWeight
            softTotal += max(0, Int(minimumDays[course] - courseWorkingDays[course])) * dayWeight
        }
        return (hardTotal, softTotal)
    }

    var timetable: Timetable {
        Timetable(
            placements: (0..<lectureCount).map { lecture in
                lecturePeriod[lecture] < 0
                    ? nil : Placement(period: Int(lecturePeriod[lecture]), room: Int(lectureRoom[lecture]))
            })
    }
}
