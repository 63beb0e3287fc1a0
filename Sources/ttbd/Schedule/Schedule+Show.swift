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
            abstract: inLanguage(
                en: "Show the timetable of a class, a delegate, a lecturer or a room.",
                vi: "Xem thời khóa biểu của một lớp, một đại biểu, một giảng viên hoặc một phòng."),
            discussion: inLanguage(
                en: """
                    Times are in the local time of each class's venue (Vietnam's for online classes). By default from \
                    the first to the last session; cancelled sessions are marked (hủy). A delegate's timetable is that \
                    of their cohort in the classes where they hold a seat.
                    """,
                vi: """
                    Giờ được ghi theo giờ địa phương của địa điểm học của từng lớp (giờ Việt Nam đối với lớp trực \
                    tuyến). Mặc định từ buổi học đầu tiên đến buổi học cuối cùng; buổi học bị hủy được đánh dấu \
                    (hủy). Thời khóa biểu của một đại biểu là thời khóa biểu của nhóm mà đại biểu thuộc về, trong \
                    các lớp đại biểu có chỗ.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: .inLanguage(en: "A class's code.", vi: "Mã lớp."))
        var classCode: String?

        @Option(help: .inLanguage(en: "A delegate's code.", vi: "Mã đại biểu."))
        var delegate: String?

        @Option(help: .inLanguage(en: "A lecturer's code.", vi: "Mã giảng viên."))
        var lecturer: String?

        @Option(
            help: .inLanguage(
                en: "A room, or a venue's code for all its rooms.",
                vi: "Một phòng, hoặc mã một địa điểm để xem mọi phòng của địa điểm đó.", valueName: "VENUE/ROOM"))
        var room: String?

        @Option(help: .inLanguage(en: "From this day, YYYY-MM-DD.", vi: "Từ ngày này, YYYY-MM-DD."))
        var from: String?

        @Option(help: .inLanguage(en: "Up to this day, YYYY-MM-DD.", vi: "Đến hết ngày này, YYYY-MM-DD."))
        var to: String?

        @Option(
            help: .inLanguage(
                en: """
                    table (a weekly grid), json, csv, xlsx (needs --output), ics (iCalendar) or html (a page to print \
                    on A4).
                    """,
                vi: """
                    table (bảng theo tuần), json, csv, xlsx (cần --output), ics (iCalendar) hoặc html (trang để in \
                    khổ A4).
                    """))
        var format: ScheduleFormat = .table

        @Option(
            help: .inLanguage(
                en: "Write the file here instead of standard output.", vi: "Ghi tệp vào đây thay vì ra đầu ra chuẩn.",
                valueName: "FILE"))
        var output: String?

        func validate() throws {
            _ = try subject()
            let from = try CalendarDate.argument(from, "--from")
            let to = try CalendarDate.argument(to, "--to")
            if let from, let to, from > to {
                throw ValidationError(localized("--from \(day: from) is after --to \(day: to)"))
            }
            if output != nil, format == .table {
                throw ValidationError(
                    localized("--output writes a file of --format json, csv, xlsx, ics or html, not the grid"))
            }
            if output == nil, format == .xlsx {
                throw ValidationError(
                    localized("--format xlsx writes a workbook: name it with --output, e.g. --output lich.xlsx"))
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
                try write(
                    ICalendar(events: sessions.map { $0.calendarEvent(in: TTBD.language) }).render(stamp: Date()),
                    sessions: sessions)
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
            printError(
                localized(
                    sessions.count == 1
                        ? "Wrote \(number: sessions.count) session to \(output)."
                        : "Wrote \(number: sessions.count) sessions to \(output)."))
        }

        /// The one subject named on the command line; none or several is a usage error.
        func subject() throws -> ScheduleSubject {
            let named: [(String, ScheduleSubject)] = [
                classCode.map { ("--class", .trainingClass($0)) }, delegate.map { ("--delegate", .delegate($0)) },
                lecturer.map { ("--lecturer", .lecturer($0)) },
                room.map { ("--room", ScheduleSubject.room(named: $0)) },
            ].compactMap { $0 }
            guard named.count == 1 else {
                guard let first = named.first?.0 else {
                    throw ValidationError(
                        localized("name one of --class, --delegate, --lecturer or --room: none was given"))
                }
                // `--class and --delegate and --room`, each `and` worded in the reader's language.
                let given = named.dropFirst().reduce(Message(verbatim: first)) { "\($0) and \($1.0)" }
                throw ValidationError(
                    localized("name one of --class, --delegate, --lecturer or --room: \(given) were given"))
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
