/// A cheap check of demand against supply before searching: per course, lecturer and curriculum
/// (lectures against the periods they can use), for rooms (lectures against places), and per period for
/// pinned lectures (clashes, room places, unavailability).
public struct FeasibilityCheck: Sendable {
    public let problem: Problem

    public init(problem: Problem) {
        self.problem = problem
    }

    public func issues() -> [FeasibilityIssue] {
        let pinIssues = pinValidity()
        if !pinIssues.isEmpty { return pinIssues }
        return courseSupply() + lecturerSupply() + curriculumSupply() + roomSupply() + pinClashes()
    }

    func describe(_ periods: [Int]) -> String {
        periods.count > 6
            ? "\(periods.count) periods"
            : periods.map { problem.describe(period: $0) }.joined(separator: ", ")
    }

    func courseSupply() -> [FeasibilityIssue] {
        let availability = problem.availability()
        return problem.courses.enumerated().compactMap { course, definition in
            let open = availability[course].indices.filter { availability[course][$0] }
            guard definition.lectureCount > open.count else { return nil }
            let lecturers = definition.lecturers.map { problem.lecturers[$0].name }
            return FeasibilityIssue(
                .courseOverloaded,
                "\(definition.name) has \(definition.lectureCount) lectures but only \(open.count) periods where it "
                    + "and its lecturers (\(lecturers.joined(separator: ", "))) are available"
                    + (open.isEmpty ? "" : ": \(describe(open))"),
                courses: [definition.name], resources: lecturers, periods: open)
        }
    }

    func lecturerSupply() -> [FeasibilityIssue] {
        problem.lecturers.enumerated().compactMap { lecturer, definition in
            let courses = problem.courses.filter { $0.lecturers.contains(lecturer) }
            let demand = courses.reduce(0) { $0 + $1.lectureCount }
            let unavailable = Set(definition.unavailablePeriods)
            let open = (0..<problem.periodCount).filter { !unavailable.contains($0) }
            guard demand > open.count else { return nil }
            return FeasibilityIssue(
                .lecturerOverloaded,
                "lecturer \(definition.name) teaches \(demand) lectures (\(courses.map(\.name).joined(separator: ", "))) "
                    + "but is available in only \(open.count) periods",
                courses: courses.map(\.name), resources: [definition.name], periods: open)
        }
    }

    func curriculumSupply() -> [FeasibilityIssue] {
        problem.curricula.compactMap { curriculum in
            let courses = Set(curriculum.courses).sorted().map { problem.courses[$0] }
            let demand = courses.reduce(0) { $0 + $1.lectureCount }
            guard demand > problem.periodCount else { return nil }
            return FeasibilityIssue(
                .curriculumOverloaded,
                "curriculum \(curriculum.name) has \(demand) lectures (\(courses.map(\.name).joined(separator: ", "))) "
                    + "but there are only \(problem.periodCount) periods",
                courses: courses.map(\.name), resources: [curriculum.name])
        }
    }

    func roomSupply() -> [FeasibilityIssue] {
        let places = problem.periodCount * problem.rooms.count
        guard problem.lectureCount > places else { return [] }
        return [
            FeasibilityIssue(
                .roomsOverloaded,
                "there are \(problem.lectureCount) lectures but only \(places) places (\(problem.rooms.count) rooms × "
                    + "\(problem.periodCount) periods)",
                courses: problem.courses.map(\.name), resources: problem.rooms.map(\.name))
        ]
    }

    func pinValidity() -> [FeasibilityIssue] {
        var result: [FeasibilityIssue] = []
        var pinsPerCourse: [Int: Int] = [:]
        for pin in problem.pins {
            guard problem.courses.indices.contains(pin.course) else {
                result.append(
                    FeasibilityIssue(.pinInvalid, "a pin names course \(pin.course), which does not exist", courses: [])
                )
                continue
            }
            let name = problem.courses[pin.course].name
            pinsPerCourse[pin.course, default: 0] += 1
            if !(0..<problem.periodCount).contains(pin.period) {
                result.append(
                    FeasibilityIssue(
                        .pinInvalid, "a lecture of \(name) is pinned to period \(pin.period), which does not exist",
                        courses: [name], periods: [pin.period]))
            }
            if let room = pin.room, !problem.rooms.indices.contains(room) {
                result.append(
                    FeasibilityIssue(
                        .pinInvalid, "a lecture of \(name) is pinned to room \(room), which does not exist",
                        courses: [name]))
            }
        }
        for (course, count) in pinsPerCourse.sorted(by: { $0.key < $1.key })
        where count > problem.courses[course].lectureCount {
            let name = problem.courses[course].name
            result.append(
                FeasibilityIssue(
                    .pinInvalid, "\(name) has \(count) pins but only \(problem.courses[course].lectureCount) lectures",
                    courses: [name]))
        }
        return result
    }

    func pinClashes() -> [FeasibilityIssue] {
        var result: [FeasibilityIssue] = []
        let availability = problem.availability()
        let curriculaByCourse = problem.curriculaByCourse()
        var byPeriod: [Int: [Pin]] = [:]
        for pin in problem.pins { byPeriod[pin.period, default: []].append(pin) }
        for (period, pins) in byPeriod.sorted(by: { $0.key < $1.key }) {
            let when = problem.describe(period: period)
            if pins.count > problem.rooms.count {
                let names = pins.map { problem.courses[$0.course].name }
                result.append(
                    FeasibilityIssue(
                        .pinConflict,
                        "\(pins.count) lectures are pinned to \(when) but there are only \(problem.rooms.count) rooms: "
                            + names.joined(separator: ", "),
                        courses: names, resources: problem.rooms.map(\.name), periods: [period], preventsSearch: true))
            }
            for (position, first) in pins.enumerated() {
                let firstName = problem.courses[first.course].name
                if !availability[first.course][period] {
                    result.append(
                        FeasibilityIssue(
                            .pinConflict, "\(firstName) is pinned to \(when), when it or its lecturer is unavailable",
                            courses: [firstName], periods: [period]))
                }
                for second in pins[(position + 1)...] {
                    let secondName = problem.courses[second.course].name
                    // (what is shared, in words; the resource's name)
                    var shared: [(words: String, name: String)] = []
                    if let room = first.room, room == second.room {
                        shared.append(("room \(problem.rooms[room].name)", problem.rooms[room].name))
                    }
                    if first.course == second.course {
                        shared.append(("the course itself", firstName))
                    } else {
                        for lecturer in problem.courses[first.course].lecturers
                        where problem.courses[second.course].lecturers.contains(lecturer) {
                            let name = problem.lecturers[lecturer].name
                            shared.append(("lecturer \(name)", name))
                        }
                        for curriculum in curriculaByCourse[first.course]
                        where curriculaByCourse[second.course].contains(curriculum) {
                            let name = problem.curricula[curriculum].name
                            shared.append(("curriculum \(name)", name))
                        }
                    }
                    guard !shared.isEmpty else { continue }
                    result.append(
                        FeasibilityIssue(
                            .pinConflict,
                            "\(firstName) and \(secondName) are both pinned to \(when) and share "
                                + shared.map(\.words).joined(separator: ", "),
                            courses: [firstName, secondName], resources: shared.map(\.name),
                            periods: [period], preventsSearch: first.room != nil && first.room == second.room))
                }
            }
        }
        return result
    }
}
