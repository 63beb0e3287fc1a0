import Foundation
import TrainingStore

/// The induction plan as staff read it: classes per province, then who is left out and why.
struct InductionSummary {
    /// Reasons listed one by one; a national plan may drop hundreds of classes for the same bottleneck.
    static let reasonsShown = 12

    var report: InductionReport
    var seconds: Double

    var text: String {
        var lines = [
            "Induction of \(report.program), term \(report.term), \(report.startsOn) to \(report.endsOn), classes of at most \(report.classSize):"
        ]
        var table = TextTable("Tỉnh", "Lớp", "Đại biểu", "Nhóm", "Địa điểm")
        for (province, classes) in Dictionary(grouping: report.classes, by: \.province).sorted(by: { $0.key < $1.key })
        {
            let venues = Set(classes.map(\.venue)).sorted().joined(separator: ", ")
            table.append([
                province, String(classes.count), classes.reduce(0) { $0 + $1.delegateCodes.count }.grouped,
                String(classes.reduce(0) { $0 + $1.cohorts.count }), venues,
            ])
        }
        lines.append(table.render())
        let provinces = Set(report.classes.map(\.province)).count
        lines.append(
            "Classes formed: \(report.classes.count) in \(provinces) province\(provinces == 1 ? "" : "s"); delegates placed: \(report.placed.grouped) of \((report.placed + report.leftOutCount).grouped); sessions scheduled: \(report.sessionsPlaced.grouped)."
        )
        if report.leftOut.isEmpty {
            lines.append("Left out: none.")
        } else {
            lines.append("Left out: \(report.leftOutCount.grouped).")
            lines += Self.leftOutLines(report.leftOut)
        }
        lines.append(
            "Not planned again: \(report.alreadyTrained.grouped) already trained, \(report.alreadyInClass.grouped) already in a class of \(report.program)."
        )
        let halfDays = report.lecturerHalfDays
        lines.append(
            "Lecturer half-days: \(halfDays.needed.grouped) needed, \(halfDays.available.grouped) available in the window."
        )
        if halfDays.needed > halfDays.available {
            lines.append(
                "The program's lecturers cannot teach every class in the window: add lecturers of \(report.program)'s modules or widen --within."
            )
        }
        lines.append("Planned in \(String(format: "%.1f", seconds)) s.")
        if report.dryRun { lines.append("Dry run: nothing was written.") }
        return lines.joined(separator: "\n")
    }

    /// Who is left out, one line per kind of reason, so that provinces without a venue or a room are never
    /// counted among classes that could not be scheduled: several provinces of one kind share a line that
    /// names them; unschedulable classes are listed up to ``reasonsShown``, the rest counted.
    static func leftOutLines(_ leftOut: [InductionReport.LeftOut]) -> [String] {
        let count = { (groups: [InductionReport.LeftOut]) in groups.reduce(0) { $0 + $1.delegateCodes.count }.grouped }
        var lines: [String] = []
        let known = ["no-province", "no-venue", "no-room", "not-planned"]
        let kinds =
            known
            + leftOut.map(\.kind).filter { !known.contains($0) }.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
        for kind in kinds {
            let groups = leftOut.filter { $0.kind == kind }
            if groups.isEmpty { continue }
            switch kind {
            case "no-venue" where groups.count > 1, "no-room" where groups.count > 1:
                let provinces = groups.compactMap(\.province).joined(separator: ", ")
                let what =
                    kind == "no-venue"
                    ? "provinces have no venue (\(provinces)); add one to each (`ttbd venues add --province CODE`)"
                    : "provinces have no venue with a room (\(provinces)); add rooms (`ttbd rooms add`)"
                lines.append("  \(count(groups)) — \(groups.count) \(what)")
            case "not-planned" where groups.count > reasonsShown:
                lines += groups.prefix(reasonsShown).map { "  \(count([$0])) — \($0.reason)" }
                let rest = Array(groups.dropFirst(reasonsShown))
                lines.append(
                    "  \(count(rest)) — in \(rest.count) more classes that cannot be scheduled (--format json lists each)"
                )
            default:
                lines += groups.map { "  \(count([$0])) — \($0.reason)" }
            }
        }
        return lines
    }
}
