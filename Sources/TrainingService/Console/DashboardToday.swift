import TrainingModel
import TrainingStore

/// The dashboard's day: the sessions of today (a lecturer's own), and for staff what needs their attention.
struct DashboardToday: Sendable {
    struct Session: Sendable {
        let id: Int
        let when: String
        let classCode: String
        let cohort: String
        let module: String
        let room: String

        init(_ session: DashboardSession, withDate: Bool, in language: Language) {
            id = session.id
            when = (withDate ? session.date.vietnamese + " " : "") + "\(session.start)–\(session.end)"
            classCode = session.classCode
            cohort = session.cohortCode
            module = session.moduleCode
            room = session.room ?? ConsoleWords.online(in: language).lowercased()
        }
    }

    struct Attention: Sendable {
        struct OverdueClass: Sendable {
            let code: String
            let endsOn: String
            let status: String
        }
        let overdueClasses: [OverdueClass]
        let overdueLead: String?
        let unstaffed: [Session]
        let unstaffedLead: String?
        let failedNotices: String?
        let isEmpty: Bool
        /// `14:05`: when the list was read (it is kept for a minute).
        let taken: String

        init(_ report: AttentionReport, days: Int, taken: String, in language: Language) {
            self.taken = taken
            overdueClasses = report.overdueClasses.map {
                OverdueClass(
                    code: $0.code, endsOn: $0.endsOn.vietnamese,
                    status: ConsoleWords.classStatus($0.status, in: language).lowercased())
            }
            overdueLead =
                report.overdueClassCount == 0
                ? nil
                : language.words(
                    vi: "\(number(report.overdueClassCount)) lớp đã qua ngày kết thúc mà chưa đóng:",
                    en: "\(number(report.overdueClassCount)) classes are past their last day and not closed:")
            unstaffed = report.sessionsWithoutLecturer.map { Session($0, withDate: true, in: language) }
            unstaffedLead =
                report.sessionsWithoutLecturerCount == 0
                ? nil
                : language.words(
                    vi:
                        "\(sessionCount(report.sessionsWithoutLecturerCount, in: language)) buổi trong \(days) ngày tới "
                        + "chưa có giảng viên:",
                    en: "\(sessionCount(report.sessionsWithoutLecturerCount, in: language)) sessions in the next "
                        + "\(days) days have no lecturer:")
            failedNotices =
                report.failedNotices == 0
                ? nil
                : language.words(
                    vi: "\(number(report.failedNotices)) thông báo không gửi được đến đại biểu "
                        + "(xem ttbd outbox list --failed).",
                    en: "\(number(report.failedNotices)) notices could not be sent to delegates "
                        + "(see ttbd outbox list --failed).")
            isEmpty = report.isEmpty
        }
    }

    let sessions: [Session]
    let hasSessions: Bool
    let moreSessions: String?
    let attention: Attention?

    /// How many of each list the dashboard shows.
    static let listed = 10
    /// How far ahead a session without a lecturer is a problem.
    static let lookahead = 14

    init(
        sessions: (sessions: [DashboardSession], count: Int), attention: (report: AttentionReport, taken: String)?,
        in language: Language
    ) {
        self.sessions = sessions.sessions.map { Session($0, withDate: false, in: language) }
        hasSessions = !sessions.sessions.isEmpty
        let more = number(min(sessions.count, ReportStore.countedSessions) - sessions.sessions.count)
        let beyond = sessions.count > ReportStore.countedSessions
        moreSessions =
            sessions.count > sessions.sessions.count
            ? language.words(
                vi: "và " + (beyond ? "hơn " : "") + more + " buổi nữa",
                en: "and " + (beyond ? "over " : "") + more + " more sessions") : nil
        self.attention = attention.map {
            Attention($0.report, days: Self.lookahead, taken: $0.taken, in: language)
        }
    }
}

private func number(_ value: Int) -> String { VietnameseNumber.text(Double(value)) }

/// A count of sessions as the store gives it: beyond the sessions it counts, "hơn 1.000".
private func sessionCount(_ value: Int, in language: Language) -> String {
    value > ReportStore.countedSessions
        ? language.words(vi: "hơn ", en: "over ") + number(ReportStore.countedSessions) : number(value)
}

extension DashboardToday: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "sessions": \.sessions, "hasSessions": \.hasSessions, "moreSessions": \.moreSessions, "attention": \.attention,
    ]
}

extension DashboardToday.Session: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "id": \.id, "when": \.when, "classCode": \.classCode, "cohort": \.cohort, "module": \.module, "room": \.room,
    ]
}

extension DashboardToday.Attention: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "overdueClasses": \.overdueClasses, "overdueLead": \.overdueLead, "unstaffed": \.unstaffed,
        "unstaffedLead": \.unstaffedLead, "failedNotices": \.failedNotices, "isEmpty": \.isEmpty, "taken": \.taken,
    ]
}

extension DashboardToday.Attention.OverdueClass: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "code": \.code, "endsOn": \.endsOn, "status": \.status,
    ]
}
