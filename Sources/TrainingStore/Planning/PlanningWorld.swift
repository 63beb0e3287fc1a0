import TrainingModel
import TrainingPlanner

/// A planning problem as the planner sees it, with the database ids behind its numbers, so that a plan can be
/// written back and told to staff.
struct PlanningWorld {
    var problem: PlanningProblem
    /// The day of slot 0.
    var horizonStart: CalendarDate
    var classIDs: [Int]
    /// Per class, per cohort.
    var cohortIDs: [[Int]]
    var lecturerIDs: [Int]
    var roomIDs: [Int]
    /// Per class, per cohort: the ids of the movable sessions, in the order of ``PlanningCohort/previous``.
    var previousSessionIDs: [[[Int]]]

    /// `2026-05-04 sáng, HN/P1, GV01`: where a session is, as staff find it on a timetable.
    func describe(_ session: PlannedSession) -> String {
        var parts = [problem.describe(slot: session.slot)]
        if let room = session.room { parts.append(problem.rooms[room].name) }
        if problem.lecturers.indices.contains(session.lecturer) {
            parts.append(problem.lecturers[session.lecturer].code)
        }
        return parts.joined(separator: ", ")
    }

    /// The code of a class module.
    func moduleCode(classIndex: Int, module: Int) -> String {
        problem.modules[problem.classes[classIndex].modules[module]].code
    }
}
