/// What a move would change, read from the counters before it is made: the isolated-lecture count of a
/// curriculum around a period, and the (hard, soft) change of an insertion, a relocation or a swap.
extension SearchState {
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
}
