/// Making a move: the counters, the room table and the totals, and which placed lectures still break a hard
/// rule.
extension SearchState {
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
}
