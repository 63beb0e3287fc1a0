/// Scores timetables from the public definition of each constraint; the solver's incremental evaluation is
/// tested against it.
public struct Scorer: Sendable {
    public var constraints: [any Constraint]

    public init(constraints: [any Constraint]) {
        self.constraints = constraints
    }

    /// The ITC-2007 CB-CTT hard constraints and UD2 soft constraints, plus pins, period preferences and
    /// moved lectures, which cost nothing in a `.ctt` problem.
    public static let standard = Scorer(constraints: [
        LecturesConstraint(),
        ConflictsConstraint(),
        RoomOccupancyConstraint(),
        AvailabilityConstraint(),
        PinsConstraint(),
        RoomCapacityConstraint(),
        MinimumWorkingDaysConstraint(),
        IsolatedLecturesConstraint(),
        RoomStabilityConstraint(),
        PeriodPreferenceConstraint(),
        MovedLecturesConstraint(),
    ])

    public func score(_ timetable: Timetable, in problem: Problem) -> Score {
        let context = ScoringContext(problem: problem, timetable: timetable)
        return Score(
            components: constraints.map { constraint in
                let penalties = constraint.penalties(in: context)
                return Score.Component(
                    name: constraint.name, isHard: constraint.isHard,
                    cost: penalties.reduce(0) { $0 + $1.cost }, penalties: penalties)
            })
    }
}
