extension Timetable {
    /// The lectures of a course that are not at one of its previous periods any more, counting only as
    /// many lectures as were placed before (a course that gained lectures has not moved the new ones).
    public func movedLectures(ofCourse course: Int, in problem: Problem) -> Int {
        let previous = Set(problem.courses[course].previousPeriods)
        guard !previous.isEmpty else { return 0 }
        var kept = Set<Int>()
        for lecture in problem.lectures(of: course) {
            if let period = placements[lecture]?.period, previous.contains(period) { kept.insert(period) }
        }
        return min(problem.courses[course].lectureCount, previous.count) - kept.count
    }

    /// The moved lectures of every course; see ``movedLectures(ofCourse:in:)``.
    public func movedLectures(in problem: Problem) -> Int {
        problem.courses.indices.reduce(0) { $0 + movedLectures(ofCourse: $1, in: problem) }
    }
}
