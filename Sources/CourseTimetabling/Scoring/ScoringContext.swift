/// A timetable with the views of it that constraints share, computed once per scoring.
public struct ScoringContext: Sendable {
    public let problem: Problem
    public let timetable: Timetable
    public let curriculaByCourse: [[Int]]
    public let availability: [[Bool]]
    /// The placed lectures of each period.
    public let lecturesByPeriod: [[Int]]
    /// The placements of each course's placed lectures.
    public let placementsByCourse: [[Placement]]

    public init(problem: Problem, timetable: Timetable) {
        self.problem = problem
        self.timetable = timetable
        curriculaByCourse = problem.curriculaByCourse()
        availability = problem.availability()
        var byPeriod = Array(repeating: [Int](), count: problem.periodCount)
        var byCourse = Array(repeating: [Placement](), count: problem.courses.count)
        for (lecture, placement) in timetable.placements.enumerated() {
            guard let placement else { continue }
            byPeriod[placement.period].append(lecture)
            byCourse[problem.lectureCourses[lecture]].append(placement)
        }
        lecturesByPeriod = byPeriod
        placementsByCourse = byCourse
    }

    public func courseName(_ course: Int) -> String { problem.courses[course].name }
    public func describe(_ period: Int) -> String { problem.describe(period: period) }
}
