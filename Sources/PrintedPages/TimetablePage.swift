import Foundation
import TrainingModel
import TrainingStore

/// The timetable of a class, a room or a venue as a standalone HTML page to print on A4 landscape: one
/// table per week with sessions (a new page for each), days as columns and sáng and chiều as rows. Every
/// text from the database is escaped.
public struct TimetablePage: Sendable {
    public var subject: ScheduleSubject
    public var sessions: [ScheduledSession]

    public init(subject: ScheduleSubject, sessions: [ScheduledSession]) {
        self.subject = subject
        self.sessions = sessions
    }

    /// The page's own style, inline so that the file prints alone; the console allows it by its hash.
    public static let style = """
            @page { size: A4 landscape; margin: 10mm; }
            body { font-family: "Noto Sans", "Arial", "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #000; }
            h1 { font-size: 14pt; text-align: center; margin: 0 0 4pt; }
            h2 { font-size: 11pt; margin: 6pt 0 4pt; }
            section.week + section.week { break-before: page; page-break-before: always; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 1px solid #000; padding: 3pt; vertical-align: top; text-align: left; }
            th.half-day { width: 3.5em; }
            td { height: 6em; }
            div.session + div.session { border-top: 1px dashed #000; margin-top: 3pt; padding-top: 3pt; }
            div.cancelled { text-decoration: line-through; color: #555; }
        """

    public func render() -> String {
        let weeks = WeekGrid.weeks(of: sessions, date: \.date, halfDay: \.session.halfDay)
        let title = "Thời khóa biểu – " + subjectName
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLPage.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>\(HTMLPage.escape(title.uppercased()))</h1>
            \(weeks.map(section).joined(separator: "\n"))
            <p>Tổng số: \(sessions.count) buổi.</p>
            </body>
            </html>

            """
    }

    private var subjectName: String { subject.name(venueName: sessions.first?.venueName) }

    private func section(_ week: WeekGrid<ScheduledSession>) -> String {
        let days = zip(WeekGrid<ScheduledSession>.dayNames, week.days).map { name, day in
            "<th>\(name)<br>\(day.vietnamese.prefix(5))</th>"
        }
        let rows = HalfDay.allCases.map { halfDay in
            let cells = (0..<7).map { day in
                "<td>" + week.entries(halfDay, day: day).map(cell).joined() + "</td>"
            }
            return "<tr><th class=\"half-day\">\(halfDay.vietnamese.capitalized)</th>\(cells.joined())</tr>"
        }
        return """
            <section class="week">
            <h2>\(HTMLPage.escape(week.heading))</h2>
            <table>
            <thead><tr><th class="half-day"></th>\(days.joined())</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }

    private func cell(_ session: ScheduledSession) -> String {
        let record = session.session
        let lines = [
            "<b>\(HTMLPage.escape(record.moduleCode))</b> \(HTMLPage.escape(session.moduleTitle))"
                + (session.isCancelled ? " (hủy)" : ""),
            "\(record.start)–\(record.end)" + (record.room.map { ", phòng " + HTMLPage.escape($0) } ?? ""),
            HTMLPage.escape(session.group(in: subject)),
            HTMLPage.escape(session.lecturerNames.joined(separator: ", ")),
        ].filter { !$0.isEmpty }
        let kind = session.isCancelled ? "session cancelled" : "session"
        return "<div class=\"\(kind)\">\(lines.joined(separator: "<br>"))</div>"
    }
}
