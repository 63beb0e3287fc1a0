/// A plan to score: the problem, where each class's cohorts' sessions are, and which classes are left out whole.
public struct PlanningSolution: Sendable {
    public var problem: PlanningProblem
    /// Per class, per cohort: the sessions placed, in the shape of ``PlanningResult/sessions``.
    public var sessions: [[[PlannedSession]]]
    /// Per class: left out whole. Its sessions count as unplaced and no other rule looks at it.
    public var isUnplanned: [Bool]

    public init(problem: PlanningProblem, sessions: [[[PlannedSession]]], unplanned: Set<Int> = []) {
        self.init(problem: problem, sessions: sessions, isUnplanned: problem.classes.indices.map(unplanned.contains))
    }

    init(problem: PlanningProblem, sessions: [[[PlannedSession]]], isUnplanned: [Bool]) {
        self.problem = problem
        self.sessions = sessions
        self.isUnplanned = isUnplanned
    }

    /// One cohort of a planned class and its sessions.
    public struct CohortPlan {
        public var classIndex: Int
        public var cohortIndex: Int
        public var trainingClass: PlanningClass
        public var cohort: PlanningCohort
        public var sessions: [PlannedSession]

        /// "cohort N1 of class B-HN-01".
        public var name: String { "cohort \(cohort.code) of class \(trainingClass.code)" }
    }

    /// Calls `body` for each cohort of the classes that are not left out, in class order.
    public func forEachPlannedCohort(_ body: (CohortPlan) -> Void) {
        for (classIndex, trainingClass) in problem.classes.enumerated() where !isUnplanned[classIndex] {
            for (cohortIndex, cohort) in trainingClass.cohorts.enumerated() {
                let placed = classIndex < sessions.count && cohortIndex < sessions[classIndex].count
                body(
                    CohortPlan(
                        classIndex: classIndex, cohortIndex: cohortIndex, trainingClass: trainingClass, cohort: cohort,
                        sessions: placed ? sessions[classIndex][cohortIndex] : []))
            }
        }
    }

    /// The module code of a class module: `M2`.
    public func moduleCode(_ classModule: Int, of trainingClass: PlanningClass) -> String {
        problem.modules[trainingClass.modules[classModule]].code
    }

    /// "Trần Thị Hoa (GV01)".
    public func lecturerName(_ lecturer: Int) -> String {
        "\(problem.lecturers[lecturer].name) (\(problem.lecturers[lecturer].code))"
    }

    /// "module M2 on 2026-05-05 sáng".
    public func describe(_ session: PlannedSession, of trainingClass: PlanningClass) -> String {
        "module \(moduleCode(session.module, of: trainingClass)) on \(problem.describe(slot: session.slot))"
    }
}
