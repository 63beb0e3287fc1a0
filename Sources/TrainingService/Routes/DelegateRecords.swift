import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// What the API tells about one delegate, whoever asks: staff at `/v1/delegates/{code}/…`, the delegate
/// at `/v1/me/…`. Authorization is the caller's business.
struct DelegateRecords: Sendable {
    let database: Database
    let code: String

    func profile() async throws -> DelegateRecord {
        guard let record = try await database.delegates.delegate(code: code) else {
            throw Problem(.notFound, "No delegate has the code \(Problem.quoted(code)).")
        }
        return record
    }

    /// The sessions of the delegate's seated enrollments that `kept` keeps, optionally within `from`…`to`: as
    /// JSON, or as an iCalendar document when the client accepts `text/calendar`.
    func schedule(_ request: Request, now: Date, keeping kept: (ScheduledSession) -> Bool) async throws -> Response {
        let (from, to) = try request.dateRange()
        let sessions = try await database.schedules.schedule(of: .delegate(code), from: from, to: to)
        return try request.scheduleResponse(sessions.filter(kept), now: now)
    }

    func attendance() async throws -> [SessionAttendance] {
        try await database.reports.delegateAttendance(delegateCode: code)
    }

    func materials() async throws -> [MaterialListing] {
        try await database.materials.materials(.delegate(code))
    }

    func certificates() async throws -> [CertificateRecord] {
        try await database.certificates.certificates(delegateCode: code)
    }
}

extension Request {
    /// The `from` and `to` query parameters, days written `YYYY-MM-DD`.
    func dateRange() throws -> (from: CalendarDate?, to: CalendarDate?) {
        func day(_ name: String) throws -> CalendarDate? {
            guard let text = uri.queryParameters.get(name) else { return nil }
            guard let date = CalendarDate(parsing: text) else {
                throw Problem(.badRequest, "\(name) must be a day written YYYY-MM-DD, e.g. 2026-03-09.")
            }
            return date
        }
        let range = (from: try day("from"), to: try day("to"))
        if let from = range.from, let to = range.to, to < from {
            throw Problem(.badRequest, "to (\(day: to)) is before from (\(day: from)); give the earlier day as from.")
        }
        return range
    }

    /// The language of a calendar: what the client asks for in `Accept-Language`, else Vietnamese (calendar apps
    /// send none, and the delegates read Vietnamese).
    var calendarLanguage: Language {
        headers[.acceptLanguage].flatMap(Language.init(acceptLanguage:)) ?? .vietnamese
    }

    /// A timetable as a page of JSON, or whole as iCalendar when the client prefers `text/calendar`.
    func scheduleResponse(_ sessions: [ScheduledSession], now: Date) throws -> Response {
        if headers[.accept]?.contains("text/calendar") == true {
            return ICalendarBody(sessions: sessions, stamp: now, language: calendarLanguage).response()
        }
        return TimetablePageBody(page: try Page(of: sessions, for: self)).response()
    }
}
