import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /schedule?class=B-HN-01` (Lịch): the timetable of a class, a lecturer (`lecturer=L01`), a room
/// (`room=HN/P1`) or a venue (`venue=HN`) as the weekly grid of the printed timetable (days as columns, sáng and
/// chiều as rows), from `from` to `to` (dd/mm/yyyy). Printed, it is the A4 landscape timetable of
/// `ttbd schedule show --format html`, a week a page. A lecturer sees their own timetable and their classes';
/// a room's, a venue's or another lecturer's answers 404.
struct SchedulePage {
    let database: Database
    let pages: ConsolePages
    let now: @Sendable () -> Date

    struct View: ConsoleView {
        struct Week: Sendable {
            let heading: String
            let days: [String]
            let rows: [Row]
        }
        struct Row: Sendable {
            let halfDay: String
            let cells: [Cell]
        }
        struct Cell: Sendable {
            let day: String
            let sessions: [Entry]
        }
        struct Entry: Sendable {
            let module: String
            let title: String
            let time: String
            let room: String?
            let group: String
            let lecturers: String?
            let cancelled: Bool
        }
        let frame: ConsoleFrame
        let classCode: String
        let lecturerCode: String
        let room: String
        let from: String
        let to: String
        let subjectName: String?
        let weeks: [Week]
        let hasWeeks: Bool
        let count: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("schedule") { request, context in
            let access = try Access(context, database: database)
            let language = request.consoleLanguage
            let form = ConsoleForm(query: request)
            let subject = try Self.subject(form, account: access.account, in: language)
            if let subject { try await Self.require(subject, access: access) }
            let from =
                try form.date("from", in: language) ?? (subject.map(Self.spansTerm) == true ? nil : thisMonday())
            let to = try form.date("to", in: language)
            let sessions =
                if let subject { try await access.database.schedules.schedule(of: subject, from: from, to: to) } else {
                    [ScheduledSession]()
                }
            let weeks = WeekGrid.weeks(of: sessions, date: \.date, halfDay: \.session.halfDay)
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Lịch", en: "Schedule"), request: request, context: context,
                    section: "/schedule"),
                classCode: form.given("class") ?? "", lecturerCode: form.given("lecturer") ?? "",
                room: form.given("room") ?? form.given("venue") ?? "", from: from?.vietnamese ?? "",
                to: to?.vietnamese ?? "",
                subjectName: subject.map { Self.name(of: $0, venueName: sessions.first?.venueName, in: language) },
                weeks: subject.map { subject in weeks.map { Self.week($0, subject: subject, in: language) } } ?? [],
                hasWeeks: !weeks.isEmpty,
                count: language.words(
                    vi: "\(ConsoleWords.number(sessions.count)) buổi",
                    en: "\(ConsoleWords.number(sessions.count)) sessions"))
            return pages.page("schedule", view)
        }
    }

    private func thisMonday() -> CalendarDate {
        CalendarDate.inVietnam(at: now()).monday
    }

    /// A class's timetable is short and read whole; a lecturer's or a room's runs all term, and opens at this week.
    private static func spansTerm(_ subject: ScheduleSubject) -> Bool {
        if case .trainingClass = subject { return true }
        return false
    }

    /// The one subject the query names; a lecturer who names none gets their own timetable.
    private static func subject(_ form: ConsoleForm, account: Account, in language: Language) throws
        -> ScheduleSubject?
    {
        let named: [ScheduleSubject] = [
            form.given("class").map(ScheduleSubject.trainingClass),
            form.given("lecturer").map(ScheduleSubject.lecturer),
            form.given("room").map(ScheduleSubject.room(named:)),
            form.given("venue").map { .room(venue: $0, room: nil) },
        ].compactMap { $0 }
        guard named.count <= 1 else {
            throw Problem(
                .badRequest, vi: "Chọn một lớp, một giảng viên hoặc một phòng, không chọn nhiều cùng lúc.",
                en: "Choose one class, one lecturer or one room, not several at once.", in: language)
        }
        return named.first ?? account.lecturerCode.map(ScheduleSubject.lecturer)
    }

    private static func require(_ subject: ScheduleSubject, access: Access) async throws {
        switch subject {
        case .trainingClass(let code): try await access.requireClass(code)
        case .lecturer(let code) where code == access.account.lecturerCode: break
        case .lecturer, .room, .delegate: try access.requireStaffRecord()
        }
    }

    /// `Lớp B-HN-01`, `Class B-HN-01`, `Phòng HN/P1 (Hội trường A)`, …: what the timetable is of.
    private static func name(of subject: ScheduleSubject, venueName: String?, in language: Language) -> String {
        subject.nameWording(venueName: venueName).text(in: language)
    }

    static let englishDayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    private static func week(_ week: WeekGrid<ScheduledSession>, subject: ScheduleSubject, in language: Language)
        -> View.Week
    {
        let names = language == .english ? englishDayNames : WeekGrid<ScheduledSession>.dayNames
        let dayNames = zip(names, week.days).map { "\($0) \($1.vietnamese.prefix(5))" }
        return View.Week(
            heading: language == .english
                ? "Week \(week.number): \(week.days[0].vietnamese) – \(week.days[6].vietnamese)" : week.heading,
            days: dayNames,
            rows: HalfDay.allCases.map { halfDay in
                View.Row(
                    halfDay: ConsoleWords.halfDay(halfDay, in: language),
                    cells: (0..<7).map { day in
                        View.Cell(
                            day: dayNames[day],
                            sessions: week.entries(halfDay, day: day).map { entry($0, subject: subject) })
                    })
            })
    }

    private static func entry(_ session: ScheduledSession, subject: ScheduleSubject) -> View.Entry {
        let record = session.session
        return View.Entry(
            module: record.moduleCode, title: session.moduleTitle, time: "\(record.start)–\(record.end)",
            room: record.room, group: session.group(in: subject),
            lecturers: session.lecturerNames.isEmpty ? nil : session.lecturerNames.joined(separator: ", "),
            cancelled: session.isCancelled)
    }
}
