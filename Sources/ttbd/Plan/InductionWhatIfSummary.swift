import Foundation
import TrainingModel
import TrainingOperations
import TrainingPlanner
import TrainingStore

/// The what-if as staff read it: the plan as asked in two lines, who it leaves out, then each change that would
/// place them, with its effect; new lecturers as a table by module, province and month.
struct InductionWhatIfSummary {
    var report: InductionWhatIfReport
    var seconds: Double

    var text: String {
        let language = TTBD.language
        func say(_ message: Message) -> String { message.text(in: language) }
        let plan = report.plan
        var lines = [say(plan.heading), say(plan.placedTally)]
        if plan.leftOut.isEmpty {
            lines.append(say("Nobody is left out: there is nothing to change."))
        } else {
            lines += InductionSummary.leftOutLines(plan.leftOut, in: language)
            lines.append(say("What would place them, each change tried alone:"))
            for (number, suggestion) in report.suggestions.enumerated() {
                lines.append("\(number + 1). \(say(suggestion.explanation))")
                if case .lecturers(let needs) = suggestion.change {
                    lines += Self.lecturerTable(needs, in: language).split(separator: "\n").map { "   \($0)" }
                }
            }
        }
        let tenths = (seconds * 10).rounded() / 10
        let time = language == .vietnamese ? VietnameseNumber.text(tenths) : String(format: "%.1f", tenths)
        lines.append(say("Plans made: \(number: report.trials), in \(time) s; nothing was written."))
        return lines.joined(separator: "\n")
    }

    /// Per module: the half-days, the fewest new lecturers, the months and how many provinces (`--format json`
    /// gives each province and month).
    static func lecturerTable(_ needs: LecturerNeeds, in language: Language) -> String {
        func say(_ message: Message) -> String { message.text(in: language) }
        var table = TextTable(
            say("module"), say("lecturer half-days"), say("new lecturers"), say("months"), say("number of provinces"))
        for module in needs.modules {
            table.append([
                module.module, say("\(number: module.halfDays)"), say("\(number: module.lecturers)"),
                module.months.map { month($0, in: language) }.joined(separator: ", "),
                say("\(number: module.provinces)"),
            ])
        }
        return table.render()
    }

    /// `2026-06` in English, `06/2026` in Vietnamese, as days are written.
    private static func month(_ month: String, in language: Language) -> String {
        guard language == .vietnamese else { return month }
        let parts = month.split(separator: "-")
        return parts.count == 2 ? "\(parts[1])/\(parts[0])" : month
    }
}
