import Foundation
import TrainingModel
import TrainingStore

/// The induction plan as staff read it: classes per province, then who is left out and why.
struct InductionSummary {
    /// Reasons listed one by one; a national plan may drop hundreds of classes for the same bottleneck.
    static let reasonsShown = 12

    var report: InductionReport
    var seconds: Double

    var text: String {
        let language = TTBD.language
        func say(_ message: Message) -> String { message.text(in: language) }
        func count(_ number: Int) -> String { say("\(number: number)") }
        let report = report
        var lines = [say(report.heading)]
        var table = TextTable("Tỉnh", "Lớp", "Đại biểu", "Nhóm", "Địa điểm")
        for (province, classes) in Dictionary(grouping: report.classes, by: \.province).sorted(by: { $0.key < $1.key })
        {
            let venues = Set(classes.map { $0.venue ?? say("online") }).sorted().joined(separator: ", ")
            table.append([
                province, count(classes.count), count(classes.reduce(0) { $0 + $1.delegateCodes.count }),
                count(classes.reduce(0) { $0 + $1.cohorts.count }), venues,
            ])
        }
        lines.append(table.render())
        let provinces = Set(report.classes.map(\.province)).count
        let (formed, placed) = (report.classes.count, report.placed)
        let (considered, sessions) = (report.placed + report.leftOutCount, report.sessionsPlaced)
        lines.append(
            say(
                provinces == 1
                    ? "Classes formed: \(number: formed) in \(number: provinces) province; delegates placed: "
                        + "\(number: placed) of \(number: considered); sessions scheduled: \(number: sessions)."
                    : "Classes formed: \(number: formed) in \(number: provinces) provinces; delegates placed: "
                        + "\(number: placed) of \(number: considered); sessions scheduled: \(number: sessions)."))
        if report.leftOut.isEmpty {
            lines.append(say("Left out: none."))
        } else {
            lines.append(say("Left out: \(number: report.leftOutCount)."))
            lines += Self.leftOutLines(report.leftOut, in: language)
        }
        lines.append(
            say(
                "Not planned again: \(number: report.alreadyTrained) already trained, "
                    + "\(number: report.alreadyInClass) already in a class of \(report.program)."))
        let halfDays = report.lecturerHalfDays
        lines.append(
            say(
                "Lecturer half-days: \(number: halfDays.needed) needed, \(number: halfDays.available) available in "
                    + "the window."))
        if halfDays.needed > halfDays.available {
            lines.append(
                say(
                    "The program's lecturers cannot teach every class in the window: add lecturers of "
                        + "\(report.program)'s modules or widen --within."))
        }
        if !report.preferredOrders.isEmpty {
            lines.append(say("Modules moved earlier for the months asked for:"))
            lines += report.preferredOrders.prefix(Self.reasonsShown).map { "  " + say($0.reason) }
            let rest = report.preferredOrders.count - Self.reasonsShown
            if rest > 0 { lines.append("  " + say("and \(number: rest) more classes (--format json lists each)")) }
        }
        lines.append(say("Planned in \(String(format: "%.1f", seconds)) s."))
        if report.dryRun { lines.append(say("Dry run: nothing was written.")) }
        return lines.joined(separator: "\n")
    }

    /// Who is left out, one line per kind of reason, so that provinces without a venue or a room are never
    /// counted among classes that could not be scheduled: several provinces of one kind share a line that
    /// names them; unschedulable classes are listed up to ``reasonsShown``, the rest counted. In `language`,
    /// English unless told.
    static func leftOutLines(_ leftOut: [InductionReport.LeftOut], in language: Language = .english) -> [String] {
        InductionReport.leftOutLines(leftOut, listing: reasonsShown).map { line -> Message in
            switch line {
            case .provinces("no-venue", let delegates, let provinces):
                "  \(number: delegates) — \(number: provinces.count) provinces have no venue "
                    + "(\(provinces.joined(separator: ", "))); add one to each (`ttbd venues add --province CODE`)"
            case .provinces(_, let delegates, let provinces):
                "  \(number: delegates) — \(number: provinces.count) provinces have no venue with a room "
                    + "(\(provinces.joined(separator: ", "))); add rooms (`ttbd rooms add`)"
            case .group(let delegates, let reason): "  \(number: delegates) — \(reason)"
            case .moreClasses(let delegates, let classes):
                "  \(number: delegates) — in \(number: classes) more classes that cannot be scheduled "
                    + "(--format json lists each)"
            }
        }.map { $0.text(in: language) }
    }
}
