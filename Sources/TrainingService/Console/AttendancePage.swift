import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/sessions/{id}/attendance` (Điểm danh), made for a phone at the hall's door: the session's delegates in
/// Vietnamese name order, each with four large buttons. A tap posts one mark, which the page's script sends in
/// the background (the page stays put; a mark that did not reach the server says so); without the script the
/// tap posts the form and the page comes back at the same name.
struct AttendancePage {
    let database: Database
    let pages: ConsolePages

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let sessionID: Int
        let classCode: String
        let heading: String
        let when: String
        let place: String?
        let lecturers: String?
        let marked: String
        let rows: [Row]
        let hasRows: Bool
    }

    struct Row: Sendable {
        struct Choice: Sendable {
            let value: String
            let label: String
            let pressed: Bool
        }
        let code: String
        let name: String
        let choices: [Choice]

        init(_ mark: AttendanceMark, in language: Language) {
            code = mark.delegateCode
            name = mark.fullName
            choices = AttendanceStatus.allCases.map {
                Choice(value: $0.rawValue, label: ConsoleWords.attendance($0, in: language), pressed: $0 == mark.status)
            }
        }
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("sessions/{id}/attendance") { request, context in
            let (access, id) = try await Access.toSession(context, database: database)
            let language = request.consoleLanguage
            let (header, marks) = try await access.database.attendance.attendanceMarks(session: id)
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Điểm danh buổi \(id)", en: "Attendance, session \(id)"),
                    request: request, context: context, section: "/classes"),
                sessionID: id, classCode: header.classCode,
                heading: "\(header.classCode) · \(header.cohortCode) · \(header.moduleCode) \(header.moduleTitle)",
                when:
                    "\(ConsoleWords.day(header.date)) \(ConsoleWords.halfDay(header.halfDay, in: language).lowercased()) "
                    + "\(header.starts)–\(header.ends)",
                place: Self.nonEmpty([header.roomName, header.venueName].compactMap { $0 }.joined(separator: ", ")),
                lecturers: Self.nonEmpty(header.lecturers.joined(separator: ", ")),
                marked: "\(marks.count(where: { $0.status != nil }))/\(marks.count)",
                rows: marks.map { Row($0, in: language) }, hasRows: !marks.isEmpty)
            return pages.page("attendance", view)
        }
        group.post("sessions/{id}/attendance") { request, context in
            var request = request
            let (access, id) = try await Access.toSession(context, database: database)
            let form = try await ConsoleForm(&request, context: context)
            guard let code = form["delegate"], let status = form["status"].flatMap(AttendanceStatus.init(rawValue:))
            else {
                throw Problem(
                    .unprocessableContent, vi: "Chọn một đại biểu và một trong bốn trạng thái điểm danh.",
                    en: "Choose a delegate and one of the four attendance marks.", in: request.consoleLanguage)
            }
            try await access.requireSeated([code: status], at: id)
            _ = try await access.operations.markAttendance(session: id, marks: [code: status])
            if request.headers[.accept]?.contains("application/json") == true {
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: .init(string: #"{"saved":true}"#)))
            }
            return ConsolePages.redirect(to: "/sessions/\(id)/attendance#d-\(code)")
        }
    }

    /// Mustache shows a section for an empty text too: nil leaves it out.
    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
