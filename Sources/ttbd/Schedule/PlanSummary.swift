import TrainingPlanner
import TrainingStore

/// What `schedule plan` tells staff: what was planned and written, the plan's soft costs by kind, and every
/// session that moved, before → after, so that its delegates can be told.
struct PlanSummary {
    var report: PlanReport
    var elapsed: Duration
    var dryRun: Bool

    var text: String {
        var lines: [String] = []
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let time = seconds.formatted(.number.precision(.fractionLength(2)))
        if report.plannedClasses.isEmpty {
            lines.append("No class planned (\(time) s).")
        } else {
            let count = report.plannedClasses.count
            lines.append(
                "Planned \(count) \(count == 1 ? "class" : "classes") (\(report.plannedClasses.joined(separator: ", "))):"
                    + " \(report.sessionsPlaced) sessions placed — \(report.sessionsCreated) new,"
                    + " \(report.sessionsKept) kept, \(report.moved.count) moved, \(report.sessionsCancelled) cancelled"
                    + " — in \(time) s.")
        }
        if !report.written { lines.append(dryRun ? "Dry run: nothing was written." : "Nothing was written.") }
        lines.append("Soft cost \(report.cost.total):")
        var costs = TextTable("  kind", "count", "cost")
        for kind in report.cost.byKind { costs.append(["  " + kind.kind, String(kind.count), String(kind.cost)]) }
        lines.append(costs.render())
        if !report.moved.isEmpty {
            lines.append("Moved sessions:")
            var moves = TextTable("  session", "class", "module", "before → after")
            for move in report.moved {
                moves.append([
                    "  \(move.sessionID)", "\(move.classCode) \(move.cohortCode)", move.moduleCode,
                    "\(move.before) → \(move.after)",
                ])
            }
            lines.append(moves.render())
        }
        return lines.joined(separator: "\n")
    }
}
