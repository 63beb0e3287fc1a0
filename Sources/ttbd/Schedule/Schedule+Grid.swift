import TrainingModel
import TrainingStore

extension TTBD.Schedule {
    /// The terminal timetable: per ISO week with sessions, a table with the days as columns and sáng and
    /// chiều as rows. A cell lists each session on lines of its own: the module (marked "(hủy)" when
    /// cancelled), the room, and who meets there (see ``ScheduledSession/group(in:)``).
    struct Grid {
        var subject: ScheduleSubject
        var sessions: [ScheduledSession]

        func render() -> String {
            let weeks = WeekGrid.weeks(of: sessions, date: \.date, halfDay: \.session.halfDay)
            let count = localized(
                sessions.count == 1 ? "\(number: sessions.count) session" : "\(number: sessions.count) sessions")
            return (weeks.map(render) + [count]).joined(separator: "\n\n")
        }

        /// The week in box-drawing lines: columns as wide as their widest line, measured in display columns.
        private func render(_ week: WeekGrid<ScheduledSession>) -> String {
            let header = [
                [""] + WeekGrid<ScheduledSession>.dayNames, [""] + week.days.map { String($0.vietnamese.prefix(5)) },
            ]
            let bands =
                [header]
                + HalfDay.allCases.map { halfDay in
                    let cells = (0..<7).map { day in week.entries(halfDay, day: day).flatMap(cellLines) }
                    return (0..<max(1, cells.map(\.count).max() ?? 0)).map { line in
                        [line == 0 ? halfDay.vietnamese : ""] + cells.map { line < $0.count ? $0[line] : "" }
                    }
                }
            let widths = (0..<8).map { column in bands.joined().map { $0[column].displayWidth }.max() ?? 0 }
            func rule(_ left: String, _ middle: String, _ right: String) -> String {
                left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
            }
            var lines = [week.heading, rule("┌", "┬", "┐")]
            for (index, band) in bands.enumerated() {
                if index > 0 { lines.append(rule("├", "┼", "┤")) }
                for row in band {
                    let cells = zip(row, widths).map { cell, width in " " + cell.padded(toDisplayWidth: width) + " " }
                    lines.append("│" + cells.joined(separator: "│") + "│")
                }
            }
            lines.append(rule("└", "┴", "┘"))
            return lines.joined(separator: "\n")
        }

        private func cellLines(_ session: ScheduledSession) -> [String] {
            let module = session.session.moduleCode + (session.isCancelled ? " (hủy)" : "")
            return [module, session.session.room, session.group(in: subject)].compactMap { $0 }
        }
    }
}
