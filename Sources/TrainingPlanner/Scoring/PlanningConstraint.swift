public import TrainingModel

/// One rule of a plan, scored on its own with a weight and a justification for every penalty it gives, so that a
/// plan's cost explains itself and each rule is tested alone (the Timefold and CPSolver habit, as the ITC-2007
/// engine's constraints have it).
///
/// Hard rules make a plan unusable and count broken units (weight 1); soft rules weigh what staff prefer, a unit
/// of each worth ``weight`` half-days of lateness.
public protocol PlanningConstraint: Sendable {
    /// Stable, for explanations and scripts: "lecturer travel" (its English), worded in the reader's language.
    var name: Message { get }
    var isHard: Bool { get }
    /// What one unit costs.
    var weight: Int { get }
    /// The name of the unit count in machine output: `travelDays`.
    var unitKey: String { get }
    /// The unit count for staff: "lecturer days away from home".
    var unitLabel: Message { get }
    /// Calls `penalize` once per penalty with the units it gives, the class it concerns (`nil` across classes) and
    /// its justification, which the caller evaluates only when it wants the words: the search pays for none.
    func match(_ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void)
}

extension PlanningConstraint {
    /// The units the solution breaks, without justifications: what the search reads.
    public func units(in solution: PlanningSolution) -> Int {
        var total = 0
        match(solution) { units, _, _ in total += units }
        return total
    }

    /// Every penalty, justified.
    public func penalties(in solution: PlanningSolution) -> [PlanningPenalty] {
        var result: [PlanningPenalty] = []
        match(solution) { units, classIndex, why in
            result.append(
                PlanningPenalty(
                    constraint: name, units: units, cost: units * weight, classIndex: classIndex, wording: why()))
        }
        return result
    }
}
