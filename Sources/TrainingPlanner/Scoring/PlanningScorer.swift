/// Scores plans from the constraints' definitions: the sum of each constraint's penalties, and the planner's
/// objective.
public struct PlanningScorer: Sendable {
    public var constraints: [any PlanningConstraint]

    public init(constraints: [any PlanningConstraint]) {
        self.constraints = constraints
    }

    /// What the planner minimises and reports: the sessions it could not place (hard), then the weighted
    /// preferences. The other hard rules are kept by construction (the planner only places a session where they
    /// hold), so the search does not pay to check them; ``complete`` does.
    public static let standard = PlanningScorer(constraints: [
        UnplacedSessionsConstraint(),
        LatenessConstraint(),
        LecturerTravelConstraint(),
        LecturerChangesConstraint(),
        RoomChangesConstraint(),
        MovedSessionsConstraint(),
    ])

    /// The rules the planner keeps by construction, each checked from its definition.
    public static let keptByConstruction: [any PlanningConstraint] = [
        ClassWindowConstraint(),
        CohortAvailabilityConstraint(),
        ModuleOrderConstraint(),
        LecturerQualificationConstraint(),
        LecturerAvailabilityConstraint(),
        LecturerProvinceConstraint(),
        VenueRoomConstraint(),
        RoomAvailabilityConstraint(),
    ]

    /// Every rule: for a plan that did not come from the planner (a what-if, a hand-made plan, a test).
    public static let complete = PlanningScorer(constraints: keptByConstruction + standard.constraints)

    /// The cost of a solution; with `justified`, each component lists its penalties (the search asks without).
    public func cost(of solution: PlanningSolution, justified: Bool = true) -> PlanningCost {
        PlanningCost(
            components: constraints.map { constraint in
                let penalties = justified ? constraint.penalties(in: solution) : []
                let units = justified ? penalties.reduce(0) { $0 + $1.units } : constraint.units(in: solution)
                return PlanningCost.Component(
                    name: constraint.name, isHard: constraint.isHard, weight: constraint.weight,
                    unitKey: constraint.unitKey, unitLabel: constraint.unitLabel, units: units,
                    cost: units * constraint.weight, penalties: penalties)
            })
    }
}
