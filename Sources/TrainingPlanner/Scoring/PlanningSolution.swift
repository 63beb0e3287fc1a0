public import TrainingModel

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

    /// One cohort of a planned class and its sessions. Indexes rather than copies of the class and the cohort,
    /// which would cost the search a retain and a release per field for every cohort and constraint.
    public struct CohortPlan {
        public var classIndex: Int
        public var cohortIndex: Int
        public var sessions: [PlannedSession]
    }

    /// Calls `body` for each cohort of the classes that are not left out, in class order.
    public func forEachPlannedCohort(_ body: (CohortPlan) -> Void) {
        for classIndex in problem.classes.indices where !isUnplanned[classIndex] {
            for cohortIndex in problem.classes[classIndex].cohorts.indices {
                let placed = classIndex < sessions.count && cohortIndex < sessions[classIndex].count
                body(
                    CohortPlan(
                        classIndex: classIndex, cohortIndex: cohortIndex,
                        sessions: placed ? sessions[classIndex][cohortIndex] : []))
            }
        }
    }

    public func trainingClass(of plan: CohortPlan) -> PlanningClass { problem.classes[plan.classIndex] }

    public func cohort(of plan: CohortPlan) -> PlanningCohort {
        problem.classes[plan.classIndex].cohorts[plan.cohortIndex]
    }

    /// "cohort N1 of class B-HN-01".
    public func name(of plan: CohortPlan) -> Message {
        let trainingClass = problem.classes[plan.classIndex]
        return "cohort \(trainingClass.cohorts[plan.cohortIndex].code) of class \(trainingClass.code)"
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
    public func describe(_ session: PlannedSession, of trainingClass: PlanningClass) -> Message {
        "module \(moduleCode(session.module, of: trainingClass)) on \(problem.wording(slot: session.slot))"
    }
}
