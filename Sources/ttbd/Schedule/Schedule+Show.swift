import ArgumentParser
import Foundation
import PrintedPages
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Schedule {
    /// `ttbd schedule show`: one timetable, for people (a weekly grid, a printable page) or for programs
    /// (JSON, CSV, an iCalendar file).
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the timetable of a class, a delegate, a lecturer or a room.",
            discussion: """
                Times are in the local time of each class's venue (Vietnam's for online classes). By default from \
                the first to the last session; cancelled sessions are marked (hủy). A delegate's timetable is that \
                of their cohort in the classes where they hold a seat.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: "A class's code.")
        var classCode: String?

        @Option(help: "A delegate's code.")
        var delegate: String?

        @Option(help: "A lecturer's code.")
        var lecturer: String?

        @Option(help: ArgumentHelp("A room, or a venue's code for all its rooms.", valueName: "VENUE/ROOM"))
        var room: String?

        @Option(help: "From this day, YYYY-MM-DD.")
        var from: String?

        @Option(help: "Up to this day, YYYY-MM-DD.")
        var to: String?

        @Option(
            help:
                "table (a weekly grid), json, csv, xlsx (needs --output), ics (iCalendar) or html (a page to print on A4)."
        )
        var format: ScheduleFormat = .table

        @Option(help: ArgumentHelp("Write the file here instead of standard output.", valueName: "FILE"))
        var output: String?

        func validate() throws {
            _ = try subject()
            let from = try CalendarDate.argument(from, "--from")
            let to = try CalendarDate.argument(to, "--to")
            if let from, let to, from > to {
                throw ValidationError("--from \(from) is after --to \(to)")
            }
            if output != nil, format == .table {
                throw ValidationError("--output writes a file of --format json, csv, xlsx, ics or html, not the grid")
            }
            if output == nil, format == .xlsx {
                throw ValidationError("--format xlsx writes a workbook: name it with --output, e.g. --output lich.xlsx")
            }
        }

        func run() async throws {
            let subject = try subject()
            let from = try CalendarDate.argument(from, "--from")
            let to = try CalendarDate.argument(to, "--to")
            let sessions = try await database.withDatabase {
                try await $0.schedules.schedule(of: subject, from: from, to: to)
            }
            switch format {
            case .table:
                print(Grid(subject: subject, sessions: sessions).render())
            case .json, .csv, .xlsx:
                let format = ListFormat(rawValue: format.rawValue)!
                try ListWriter(format: format, output: output).print(
                    sessions, columns: Self.columns,
                    title: "Lịch học – " + subject.name(venueName: sessions.first?.venueName), noun: "session")
            case .ics:
                try write(ICalendar(events: sessions.map(\.calendarEvent)).render(stamp: Date()), sessions: sessions)
            case .html:
                try write(TimetablePage(subject: subject, sessions: sessions).render(), sessions: sessions)
            }
        }

        /// A whole file's text: on standard output, or to `--output` with a line on stderr saying so.
        private func write(_ text: String, sessions: [ScheduledSession]) throws {
            guard let output else {
                print(text, terminator: "")
                return
            }
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            printError("Wrote \(sessions.count) \(sessions.count == 1 ? "session" : "sessions") to \(output).")
        }

        /// The one subject named on the command line; none or several is a usage error.
        func subject() throws -> ScheduleSubject {
            let named: [(String, ScheduleSubject)] = [
                classCode.map { ("--class", .trainingClass($0)) }, delegate.map { ("--delegate", .delegate($0)) },
                lecturer.map { ("--lecturer", .lecturer($0)) },
                room.map { ("--room", ScheduleSubject.room(named: $0)) },
            ].compactMap { $0 }
            guard named.count == 1 else {
                let given = named.isEmpty ? "none was given" : named.map(\.0).joined(separator: " and ") + " were given"
                throw ValidationError("name one of --class, --delegate, --lecturer or --room: \(given)")
            }
            return named[0].1
        }

        static let columns: [ListColumn<ScheduledSession>] = [
            ListColumn("ID", csv: "id", as: .identifier) { String($0.session.id) },
            ListColumn("Lớp", csv: "class") { $0.session.classCode },
            ListColumn("Nhóm", csv: "cohort") { $0.session.cohortCode },
            ListColumn("Chuyên đề", csv: "module") { $0.session.moduleCode },
            ListColumn("Tên chuyên đề", csv: "module_title") { $0.moduleTitle },
            ListColumn("Ngày", csv: "date", as: .date) { $0.session.date },
            ListColumn("Buổi", csv: "half_day") { $0.session.halfDay.vietnamese },
            ListColumn("Bắt đầu", csv: "start") { $0.session.start },
            ListColumn("Kết thúc", csv: "end") { $0.session.end },
            ListColumn("Phòng", csv: "room") { $0.session.room ?? "" },
            ListColumn("Giảng viên", csv: "lecturers") { $0.session.lecturers.joined(separator: ",") },
            ListColumn("Trạng thái", csv: "status") { $0.session.status.rawValue },
            ListColumn("Lần sửa", csv: "revision", as: .number) { String($0.session.revision) },
        ]
    }
}

/// How `schedule show` prints: a weekly grid for the terminal, JSON or CSV rows, iCalendar, or an HTML page.
enum ScheduleFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
    case xlsx
    case ics
    case html
}
