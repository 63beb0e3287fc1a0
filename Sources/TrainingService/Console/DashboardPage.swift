import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /` (Tổng quan): today's sessions; for staff, what needs their attention (classes past their last day,
/// sessions without a lecturer, notices that failed), the golden-time tracker of the term under way as a chart
/// and a table, and the classes being taught; for a lecturer, their sessions today and the classes they teach.
struct DashboardPage {
    let database: Database
    let pages: ConsolePages
    let now: @Sendable () -> Date
    let goldenTimes: DashboardCache<GoldenTimeReport>
    let attentions: DashboardCache<AttentionReport>

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let today: DashboardToday
        let goldenTime: GoldenTime?
        let classes: [ClassRow]
        let hasClasses: Bool
        /// "and 4,980 more", when there are more running classes than the dashboard lists.
        let more: String?
    }

    /// The dashboard lists this many running classes; the class list has them all.
    static let listed = 20

    struct GoldenTime: Sendable {
        let term: String
        let today: String
        /// `14:05`, Vietnam's time: when the numbers were read (they are kept for a minute).
        let taken: String
        let deadline: String?
        let daysLeft: String?
        let chart: GoldenTimeChart
        let lines: [Line]
        let total: Line
    }

    struct Line: Sendable {
        let province: String
        let firstTime: String
        let trained: String
        let inProgress: String
        let waitlisted: String
        let notEnrolled: String
        let withoutProgram: String

        init(_ line: GoldenTimeReport.Line) {
            func number(_ value: Int) -> String { VietnameseNumber.text(Double(value)) }
            province = line.provinceName
            firstTime = number(line.firstTimeDelegates)
            trained = number(line.trained)
            inProgress = number(line.inProgress)
            waitlisted = number(line.waitlisted)
            notEnrolled = number(line.notEnrolled)
            withoutProgram = number(line.withoutProgram)
        }
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("/") { request, context in
            let access = try Access(context, database: database)
            let language = request.consoleLanguage
            let running = try await ClassRow.visible(to: access, status: "running")
            let today = CalendarDate.inVietnam(at: now())
            let staff = access.account.seesEverything
            let sessions = try await database.reports.sessions(
                on: today, lecturerID: staff ? nil : access.account.lecturerID ?? -1, limit: DashboardToday.listed)
            let attention =
                staff
                ? try await attentions.report(key: today.description) {
                    try await database.reports.attention(
                        today: today, days: DashboardToday.lookahead, limit: DashboardToday.listed)
                } : nil
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Tổng quan", en: "Overview"), request: request, context: context,
                    section: "/"),
                today: DashboardToday(
                    sessions: sessions, attention: attention.map { ($0.report, $0.taken.formatted(Self.clock)) },
                    in: language),
                goldenTime: access.account.seesEverything
                    ? try await goldenTime(term: ConsoleForm(query: request).given("term"), in: language) : nil,
                classes: running.prefix(Self.listed).map { ClassRow($0, in: language) }, hasClasses: !running.isEmpty,
                more: running.count > Self.listed
                    ? language.words(
                        vi: "và \(ConsoleWords.number(running.count - Self.listed)) lớp nữa",
                        en: "and \(ConsoleWords.number(running.count - Self.listed)) more classes") : nil)
            return pages.page("dashboard", view)
        }
    }

    private static let clock = Date.VerbatimFormatStyle(
        format: "\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
        timeZone: .vietnam, calendar: Calendar(identifier: .gregorian))

    private func goldenTime(term: String?, in language: Language) async throws -> GoldenTime? {
        let today = CalendarDate.inVietnam(at: now())
        var chosen = term
        if chosen == nil { chosen = try await database.reports.currentTerm(on: today) }
        guard let term = chosen else { return nil }
        let (report, taken) = try await goldenTimes.report(key: "\(term) \(today)") {
            try await database.reports.goldenTime(term: term, program: nil, today: today)
        }
        return GoldenTime(
            term: report.term, today: today.vietnamese, taken: taken.formatted(Self.clock),
            deadline: report.inductionEndsOn?.vietnamese,
            daysLeft: report.daysLeft.map { VietnameseNumber.text(Double($0)) },
            chart: GoldenTimeChart(report, in: language),
            lines: report.provinces.map(Line.init), total: Line(report.total))
    }
}

extension DashboardPage.View: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "today": \.today, "goldenTime": \.goldenTime, "classes": \.classes,
        "hasClasses": \.hasClasses, "more": \.more,
    ]
}

extension DashboardPage.GoldenTime: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "term": \.term, "today": \.today, "taken": \.taken, "deadline": \.deadline, "daysLeft": \.daysLeft,
        "chart": \.chart, "lines": \.lines, "total": \.total,
    ]
}

extension DashboardPage.Line: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "province": \.province, "firstTime": \.firstTime, "trained": \.trained, "inProgress": \.inProgress,
        "waitlisted": \.waitlisted, "notEnrolled": \.notEnrolled, "withoutProgram": \.withoutProgram,
    ]
}
