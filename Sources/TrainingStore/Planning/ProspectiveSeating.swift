/// Delegates about to be seated in cohorts that are planned before they are enrolled (the induction enrolls only
/// into the classes the planner could place): they count as seated, and their bodies' sittings keep their cohort
/// busy. One entry per delegate, `cohortIDs[i]` the cohort of `delegateIDs[i]`.
struct ProspectiveSeating {
    var cohortIDs: [Int] = []
    var delegateIDs: [Int] = []
}
