import TrainingPlanner

/// The ids of classes the induction created, by class code, and of their cohorts, by `class code/cohort code`.
struct CreatedClasses {
    var classIDs: [String: Int]
    var cohortIDs: [String: Int]

    /// The delegates of `classes` (created under `codes`) in their cohorts, to be seated.
    func seating(of classes: [ProposedClass], codes: [String]) -> ProspectiveSeating {
        var seating = ProspectiveSeating()
        for (proposed, code) in zip(classes, codes) {
            for (number, members) in proposed.cohorts.enumerated() {
                let cohort = cohortIDs["\(code)/N\(number + 1)"]!
                seating.cohortIDs += repeatElement(cohort, count: members.count)
                seating.delegateIDs += members
            }
        }
        return seating
    }
}
