extension Timetable {
    /// The ITC-2007 solution format: `<course> <room> <day> <period>`, one line per placed lecture.
    public func cttSolution(for problem: Problem) -> String {
        var text = ""
        for (lecture, placement) in placements.enumerated() {
            guard let placement else { continue }
            let course = problem.courses[problem.lectureCourses[lecture]].name
            let room = problem.rooms[placement.room].name
            text += "\(course) \(room) \(problem.day(of: placement.period)) \(problem.slot(of: placement.period))\n"
        }
        return text
    }
}
