import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /conferences` (Hội nghị vùng: the regional conferences, by first day) and `GET /conferences/{code}` (one
/// conference: where and when, its programme, and what it gathered per province and per session). Staff only,
/// as the API's routes.
struct ConferencePages {
    let database: Database
    let pages: ConsolePages

    struct ListView: ConsoleView {
        let frame: ConsoleFrame
        let conferences: [Row]
        let hasConferences: Bool
    }

    struct Row: Sendable {
        let code: String
        let title: String
        let region: String
        let host: String
        let days: String
        let bodiesInvited: String
        let registered: String

        init(_ summary: ConferenceSummary, in language: Language) {
            code = summary.code
            title = summary.title
            region = summary.regionName
            host = summary.hostProvinceName
            days = ConferencePages.days(summary, in: language)
            bodiesInvited = VietnameseNumber.text(Double(summary.bodiesInvited))
            registered = VietnameseNumber.text(Double(summary.delegatesRegistered))
        }
    }

    struct ConferenceView: ConsoleView {
        let frame: ConsoleFrame
        let row: Row
        let venue: String
        let sessions: [ConferenceDetail.Session]
        let hasSessions: Bool
        let provinces: [ConferenceReport.Province]
        let bySession: [ConferenceReport.Session]
        let totals: ConferenceReport.Totals
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("conferences") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let rows = try await access.database.conferences.conferences().map { Row($0, in: language) }
            let view = ListView(
                frame: ConsoleFrame(
                    title: language.words(vi: "Hội nghị vùng", en: "Regional conferences"), request: request,
                    context: context, section: "/conferences"),
                conferences: rows, hasConferences: !rows.isEmpty)
            return pages.page("conferences", view)
        }
        group.get("conferences/{code}") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let code = try context.parameters.require("code")
            let language = request.consoleLanguage
            let detail = try await access.database.conferences.conference(code: code)
            let report = try await access.database.conferences.report(code: code)
            let view = ConferenceView(
                frame: ConsoleFrame(
                    title: detail.summary.title, request: request, context: context, section: "/conferences"),
                row: Row(detail.summary, in: language), venue: detail.summary.venue, sessions: detail.sessions,
                hasSessions: !detail.sessions.isEmpty, provinces: report.provinces, bySession: report.sessions,
                totals: report.totals)
            return pages.page("conference", view)
        }
    }

    static func days(_ summary: ConferenceSummary, in language: Language) -> String {
        Message("\(day: summary.startsOn) to \(day: summary.endsOn)").text(in: language)
    }
}
