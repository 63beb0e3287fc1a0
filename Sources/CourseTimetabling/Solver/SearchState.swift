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
        self.owned = owned
        (hard, soft) = recomputedCost()
    }

    deinit {
        for pointer in owned { pointer.deallocate() }
    }

    var isComplete: Bool {
        (0..<lectureCount).allSatisfy { lecturePeriod[$0] >= 0 }
    }

    // MARK: - Isolated lectures

    /// The isolated-lecture count (unweighted) of slots `x-1`, `x`, `x+1` given the loads of slots
    /// `x-2` to `x+2` of one day.
    @inline(__always)
    static func isolation(_ a: Int32, _ b: Int32, _ x: Int32, _ d: Int32, _ e: Int32) -> Int32 {
        var result: Int32 = 0
        if b > 0 && a == 0 && x == 0 { result += b }
        if x > 0 && b == 0 && d == 0 { result += x }
        if d > 0 && x == 0 && e == 0 { result += d }
        return result
    }

    /// How the isolated-lecture count of a curriculum changes when its load in a period changes by `change`.
    @inline(__always)
    func isolationDelta(curriculum: Int, period: Int, change: Int32) -> Int32 {
        let base = curriculumLoad + curriculum * periodCount
        let slot = Int(slotOfPeriod[period])
        let last = periodsPerDay - 1
        let a: Int32 = slot >= 2 ? base[period - 2] : 0
        let b: Int32 = slot >= 1 ? base[period - 1] : 0
        let x = base[period]
        let d: Int32 = slot < last ? base[period + 1] : 0
        let e: Int32 = slot < last - 1 ? base[period + 2] : 0
        return Self.isolation(a, b, x + change, d, e) - Self.isolation(a, b, x, d, e)
    }

    // MARK: - Deltas

    /// The change of (hard, soft) if an unplaced lecture of `course` went to (`period`, `room`).
    func insertionDelta(course: Int, period: Int, room: Int) -> (hard: Int, soft: Int) {
        var hardChange: Int32 = unavailable[course * periodCount + period]
        var softChange: Int32 = roomCost[course * roomCount + room] + periodCost[course * periodCount + period]
        var isolation: Int32 = 0
        for index in Int(curriculaStart[course])..<Int(curriculaStart[course + 1]) {
            let curriculum = Int(curriculaList[index])
            hardChange += curriculumLoad[curriculum * periodCount + period]
            isolation += isolationDelta(curriculum: curriculum, period: period, change: 1)
        }
        for index in Int(lecturersStart[course])..<Int(lecturersStart[course + 1]) {
            hardChange += lecturerLoad[Int(lecturersList[index]) * periodCount + period]
        }
        if courseRoomLoad[course * roomCount + room] == 0 && courseRoomsUsed[course] >= 1 {
            softChange += Int32(stabilityWeight)
        }
        let day = Int(dayOfPeriod[period])
        if courseDayLoad[course * dayCount + day] == 0 && courseWorkingDays[course] < minimumDays[course] {
            softChange -= Int32(dayWeight)
        }
        softChange += isolation * Int32(isolationWeight)
        return (Int(hardChange), Int(softChange))
    }

    /// The change of (hard, soft) if a placed lecture moved to (`period`, `room`), whoever is there.
    @inline(__always)
    func relocationDelta(lecture: Int, period newPeriod: Int, room newRoom: Int) -> (hard: Int, soft: Int) {
        let course = Int(lectureCourse[lecture])
        let oldPeriod = Int(lecturePeriod[lecture])
        let oldRoom = Int(lectureRoom[lecture])
        var hardChange: Int32 = 0
        var softChange: Int32 = 0
        if oldPeriod != newPeriod {
            let row = course * periodCount
            hardChange += unavailable[row + newPeriod] - unavailable[row + oldPeriod]
            softChange += periodCost[row + newPeriod] - periodCost[row + oldPeriod]
            for index in Int(lecturersStart[course])..<Int(lecturersStart[course + 1]) {
                let load = lecturerLoad + Int(lecturersList[index]) * periodCount
                hardChange += load[newPeriod] - load[oldPeriod] + 1
            }
            var isolation: Int32 = 0
            for index in Int(curriculaStart[course])..<Int(curriculaStart[course + 1]) {
                let curriculum = Int(curriculaList[index])
                let load = curriculumLoad + curriculum * periodCount
                hardChange += load[newPeriod] - load[oldPeriod] + 1
                isolation += isolationDelta(curriculum: curriculum, period: oldPeriod, change: -1)
                load[oldPeriod] -= 1
                isolation += isolationDelta(curriculum: curriculum, period: newPeriod, change: 1)
                load[oldPeriod] += 1
            }
            softChange += isolation * Int32(isolationWeight)
            let oldDay = Int(dayOfPeriod[oldPeriod])
            let newDay = Int(dayOfPeriod[newPeriod])
            if oldDay != newDay {
                var workingDays = courseWorkingDays[course]
                let minimum = minimumDays[course]
                if courseDayLoad[course * dayCount + oldDay] == 1 {
                    if workingDays <= minimum { softChange += Int32(dayWeight) }
                    workingDays -= 1
                }
                if courseDayLoad[course * dayCount + newDay] == 0 && workingDays < minimum {
                    softChange -= Int32(dayWeight)
                }
            }
        }
        if oldRoom != newRoom {
            let row = course * roomCount
            softChange += roomCost[row + newRoom] - roomCost[row + oldRoom]
            var used = courseRoomsUsed[course]
            if courseRoomLoad[row + oldRoom] == 1 {
                if used >= 2 { softChange -= Int32(stabilityWeight) }
                used -= 1
            }
            if courseRoomLoad[row + newRoom] == 0 && used >= 1 { softChange += Int32(stabilityWeight) }
        }
        return (Int(hardChange), Int(softChange))
    }

    /// The change of (hard, soft) if two placed lectures of different courses exchanged places.
    @inline(__always)
    func swapDelta(_ first: Int, _ second: Int) -> (hard: Int, soft: Int) {
        let firstPeriod = Int(lecturePeriod[first])
        let firstRoom = Int(lectureRoom[first])
        let secondPeriod = Int(lecturePeriod[second])
        let secondRoom = Int(lectureRoom[second])
        let one = relocationDelta(lecture: first, period: secondPeriod, room: secondRoom)
        moveCounters(lecture: first, period: secondPeriod, room: secondRoom)
        let two = relocationDelta(lecture: second, period: firstPeriod, room: firstRoom)
        moveCounters(lecture: first, period: firstPeriod, room: firstRoom)
        return (one.hard + two.hard, one.soft + two.soft)
    }

    // MARK: - Changes

    /// Updates the counters for a lecture's new place; not the room table, nor the totals.
    @inline(__always)
    func moveCounters(lecture: Int, period newPeriod: Int, room newRoom: Int) {
        let course = Int(lectureCourse[lecture])
        let oldPeriod = Int(lecturePeriod[lecture])
        let oldRoom = Int(lectureRoom[lecture])
        if oldPeriod != newPeriod {
            for index in Int(curriculaStart[course])..<Int(curriculaStart[course + 1]) {
                let load = curriculumLoad + Int(curriculaList[index]) * periodCount
                load[oldPeriod] -= 1
                load[newPeriod] += 1
            }
            for index in Int(lecturersStart[course])..<Int(lecturersStart[course + 1]) {
                let load = lecturerLoad + Int(lecturersList[index]) * periodCount
                load[oldPeriod] -= 1
                load[newPeriod] += 1
            }
            let oldDay = course * dayCount + Int(dayOfPeriod[oldPeriod])
            let newDay = course * dayCount + Int(dayOfPeriod[newPeriod])
            if oldDay != newDay {
                courseDayLoad[oldDay] -= 1
                if courseDayLoad[oldDay] == 0 { courseWorkingDays[course] -= 1 }
                if courseDayLoad[newDay] == 0 { courseWorkingDays[course] += 1 }
                courseDayLoad[newDay] += 1
            }
            lecturePeriod[lecture] = Int32(newPeriod)
        }
        if oldRoom != newRoom {
            let oldIndex = course * roomCount + oldRoom
            let newIndex = course * roomCount + newRoom
            courseRoomLoad[oldIndex] -= 1
            if courseRoomLoad[oldIndex] == 0 { courseRoomsUsed[course] -= 1 }
            if courseRoomLoad[newIndex] == 0 { courseRoomsUsed[course] += 1 }
            courseRoomLoad[newIndex] += 1
            lectureRoom[lecture] = Int32(newRoom)
        }
    }

    /// Places an unplaced lecture in a free (period, room), with its cost change.
    func insert(lecture: Int, period: Int, room: Int) {
        let course = Int(lectureCourse[lecture])
        let change = insertionDelta(course: course, period: period, room: room)
        for index in Int(curriculaStart[course])..<Int(curriculaStart[course + 1]) {
            curriculumLoad[Int(curriculaList[index]) * periodCount + period] += 1
        }
        for index in Int(lecturersStart[course])..<Int(lecturersStart[course + 1]) {
            lecturerLoad[Int(lecturersList[index]) * periodCount + period] += 1
        }
        let day = course * dayCount + Int(dayOfPeriod[period])
        if courseDayLoad[day] == 0 { courseWorkingDays[course] += 1 }
        courseDayLoad[day] += 1
        let roomIndex = course * roomCount + room
        if courseRoomLoad[roomIndex] == 0 { courseRoomsUsed[course] += 1 }
        courseRoomLoad[roomIndex] += 1
        lecturePeriod[lecture] = Int32(period)
        lectureRoom[lecture] = Int32(room)
        roomLecture[period * roomCount + room] = Int32(lecture)
        hard += change.hard
        soft += change.soft
    }

    /// Moves a lecture to a free (period, room), given the change `relocationDelta` computed.
    @inline(__always)
    func move(lecture: Int, period: Int, room: Int, change: (hard: Int, soft: Int)) {
        roomLecture[Int(lecturePeriod[lecture]) * roomCount + Int(lectureRoom[lecture])] = -1
        moveCounters(lecture: lecture, period: period, room: room)
        roomLecture[period * roomCount + room] = Int32(lecture)
        hard += change.hard
        soft += change.soft
    }

    /// Exchanges two lectures' places, given the change `swapDelta` computed.
    @inline(__always)
    func swap(_ first: Int, _ second: Int, change: (hard: Int, soft: Int)) {
        let firstPeriod = Int(lecturePeriod[first])
        let firstRoom = Int(lectureRoom[first])
        let secondPeriod = Int(lecturePeriod[second])
        let secondRoom = Int(lectureRoom[second])
        moveCounters(lecture: first, period: secondPeriod, room: secondRoom)
        moveCounters(lecture: second, period: firstPeriod, room: firstRoom)
        roomLecture[firstPeriod * roomCount + firstRoom] = Int32(second)
        roomLecture[secondPeriod * roomCount + secondRoom] = Int32(first)
        hard += change.hard
        soft += change.soft
    }

    /// Whether a placed lecture is in an unavailable period or shares its period with a lecture of the same
    /// curriculum or lecturer.
    func isViolating(lecture: Int) -> Bool {
        let course = Int(lectureCourse[lecture])
        let period = Int(lecturePeriod[lecture])
        if unavailable[course * periodCount + period] != 0 { return true }
        for index in Int(curriculaStart[course])..<Int(curriculaStart[course + 1])
        where curriculumLoad[Int(curriculaList[index]) * periodCount + period] > 1 {
            return true
        }
        for index in Int(lecturersStart[course])..<Int(lecturersStart[course + 1])
        where lecturerLoad[Int(lecturersList[index]) * periodCount + period] > 1 {
            return true
        }
        return false
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
