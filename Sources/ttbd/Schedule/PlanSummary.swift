import TrainingModel
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
        let report = report
        if report.plannedClasses.isEmpty {
            lines.append(localized("No class planned (\(time) s)."))
        } else {
            let count = report.plannedClasses.count
            let classes = report.plannedClasses.joined(separator: ", ")
            let sessions: Message =
                "\(number: report.sessionsPlaced) sessions placed — \(number: report.sessionsCreated) new,"
                + " \(number: report.sessionsKept) kept, \(number: report.moved.count) moved,"
                + " \(number: report.sessionsCancelled) cancelled — in \(time) s."
            lines.append(
                localized(
                    count == 1
                        ? "Planned \(number: count) class (\(classes)): \(sessions)"
                        : "Planned \(number: count) classes (\(classes)): \(sessions)"))
        }
        if !report.written {
            lines.append(localized(dryRun ? "Dry run: nothing was written." : "Nothing was written."))
        }
        lines.append(localized("Soft cost \(number: report.cost.total):"))
        var costs = TextTable(["  " + localized("kind"), localized("count"), localized("cost")])
        for kind in report.cost.byKind {
            costs.append([
                "  " + localized(kind.kind), localized("\(number: kind.count)"), localized("\(number: kind.cost)"),
            ])
        }
        lines.append(costs.render())
        if !report.preferredOrders.isEmpty {
            lines.append(localized("Modules moved earlier for the months asked for:"))
            lines += report.preferredOrders.map { "  " + localized($0.reason) }
        }
        if !report.moved.isEmpty {
            lines.append(localized("Moved sessions:"))
            var moves = TextTable([
                "  " + localized("session"), localized("class"), localized("module"), localized("before → after"),
            ])
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
