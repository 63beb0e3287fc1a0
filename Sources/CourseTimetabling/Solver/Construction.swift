/// Builds the first timetable: pins first, then, one lecture at a time, the course with the fewest
/// periods left where it fits without a clash goes to its cheapest free (period, room).
struct Construction {
    let state: SearchState
    let problem: Problem
    let hardWeight: Int

    func run() {
        placePins()
        var remaining = Array(repeating: 0, count: state.courseCount)
        for lecture in 0..<state.lectureCount where state.lecturePeriod[lecture] < 0 {
            remaining[Int(state.lectureCourse[lecture])] += 1
        }
        var nextLecture = problem.firstLectures
        // Skip the pinned lectures, which come first within their course.
        for course in 0..<state.courseCount {
            while nextLecture[course] < problem.firstLectures[course + 1]
                && state.lecturePeriod[nextLecture[course]] >= 0
            {
                nextLecture[course] += 1
            }
        }
        var freeRooms = Array(repeating: 0, count: state.periodCount)
        for period in 0..<state.periodCount {
            freeRooms[period] = (0..<state.roomCount).count { state.roomLecture[period * state.roomCount + $0] < 0 }
        }
        while true {
            var chosen = -1
            var chosenOptions = Int.max
            for course in 0..<state.courseCount where remaining[course] > 0 {
                var options = 0
                for period in 0..<state.periodCount where freeRooms[period] > 0 {
                    if clashes(course: course, period: period) == 0 { options += 1 }
                }
                // Fewest options per lecture still to place.
                let key = options * 64 / remaining[course]
                if key < chosenOptions {
                    chosenOptions = key
                    chosen = course
                }
            }
            guard chosen >= 0 else { break }
            var best: (period: Int, room: Int)?
            var bestCost = Int.max
            for period in 0..<state.periodCount where freeRooms[period] > 0 {
                for room in 0..<state.roomCount where state.roomLecture[period * state.roomCount + room] < 0 {
                    let change = state.insertionDelta(course: chosen, period: period, room: room)
                    let cost = change.hard * hardWeight * 10 + change.soft
                    if cost < bestCost {
                        bestCost = cost
                        best = (period, room)
                    }
                }
            }
            guard let best else { break }
            state.insert(lecture: nextLecture[chosen], period: best.period, room: best.room)
            freeRooms[best.period] -= 1
            nextLecture[chosen] += 1
            remaining[chosen] -= 1
        }
    }

    /// Hard violations a lecture of the course would add in the period.
    func clashes(course: Int, period: Int) -> Int32 {
        var total = state.unavailable[course * state.periodCount + period]
        for index in Int(state.curriculaStart[course])..<Int(state.curriculaStart[course + 1]) {
            total += state.curriculumLoad[Int(state.curriculaList[index]) * state.periodCount + period]
        }
        for index in Int(state.lecturersStart[course])..<Int(state.lecturersStart[course + 1]) {
            total += state.lecturerLoad[Int(state.lecturersList[index]) * state.periodCount + period]
        }
        return total
    }

    /// Pinned lectures go first, those with a room before those without; the pre-check made sure they fit.
    func placePins() {
        var nextLecture = problem.firstLectures
        let ordered = problem.pins.sorted { ($0.room == nil ? 1 : 0) < ($1.room == nil ? 1 : 0) }
        for pin in ordered {
            let lecture = nextLecture[pin.course]
            nextLecture[pin.course] += 1
            let room =
                pin.room
                ?? (0..<state.roomCount).filter { state.roomLecture[pin.period * state.roomCount + $0] < 0 }
                .min { first, second in
                    state.insertionDelta(course: pin.course, period: pin.period, room: first).soft
                        < state.insertionDelta(course: pin.course, period: pin.period, room: second).soft
                }
            guard let room else { continue }
            state.insert(lecture: lecture, period: pin.period, room: room)
            state.periodFixed[lecture] = true
            state.roomFixed[lecture] = pin.room != nil
        }
    }
}
