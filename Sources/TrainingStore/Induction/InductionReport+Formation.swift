import TrainingModel
import TrainingPlanner

extension InductionReport {
    /// The report of a plan: the formed classes the planner scheduled, and everyone else left out by reason
    /// (formation's gaps first, then each dropped class with the planner's explanation).
    init(
        request: InductionRequest, input: InductionInput, proposal: InductionProposal, codes: [String],
        unplanned: [String: Message], sessionsPlaced: Int, lecturerHalfDays: LecturerHalfDays
    ) {
        let delegateCodes = { (ids: [Int]) in ids.map { input.codes[$0] ?? "#\($0)" } }
        var classes: [FormedClass] = []
        var dropped: [LeftOut] = []
        for (code, proposed) in zip(codes, proposal.classes) {
            if let why = unplanned[code] {
                let (province, count, venue) = (proposed.province, proposed.delegates.count, proposed.place)
                let wording: Message =
                    count == 1
                    ? "their class \(code) (province \(province), 1 delegate at \(venue)) cannot be scheduled in the "
                        + "window: \(why)"
                    : "their class \(code) (province \(province), \(number: count) delegates at \(venue)) cannot be "
                        + "scheduled in the window: \(why)"
                dropped.append(
                    LeftOut(
                        kind: "not-planned", reason: wording.description, wording: wording, province: province,
                        delegateCodes: delegateCodes(proposed.delegates)))
            } else {
                classes.append(
                    FormedClass(
                        code: code, province: proposed.province, venue: proposed.venue?.code,
                        cohorts: proposed.cohortSizes, communes: proposed.communes.count,
                        delegateCodes: delegateCodes(proposed.delegates)))
            }
        }
        let gaps = proposal.leftOut.sorted { $0.key < $1.key }.map { gap, ids in
            LeftOut(
                kind: gap.kind, reason: gap.description, wording: gap.wording, province: gap.province,
                delegateCodes: delegateCodes(ids))
        }
        self.init(
            program: request.program, term: request.term, startsOn: request.startsOn, endsOn: request.endsOn,
            classSize: request.classSize, dryRun: request.dryRun, firstTimeInAudience: input.firstTimeInAudience,
            alreadyTrained: input.alreadyTrained, alreadyInClass: input.alreadyInClass, classes: classes,
            leftOut: gaps + dropped, sessionsPlaced: sessionsPlaced, lecturerHalfDays: lecturerHalfDays)
    }
}

extension ProposedClass {
    /// Where the class meets, in a sentence: its venue's code, or online.
    fileprivate var place: Message { venue.map { Message(verbatim: $0.code) } ?? "online" }
}
