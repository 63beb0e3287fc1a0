import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// `GET /surveys` (Khảo sát: every survey with its rounds and answers), `GET /surveys/{code}?by=module` (a survey's
/// report by the chosen grouping, each question's distribution as bars) and `GET /surveys/{code}/demand` (a needs
/// survey's demand by topic, province and month); with `&format=xlsx` or `&format=csv`, the file
/// `ttbd surveys report` and `ttbd surveys demand` write. Staff and admins only, as the API's routes; the reports
/// show only groups of at least ``SurveyPrivacy/minimumGroup`` answers, as the store releases them.
struct SurveyPages {
    let database: Database
    let pages: ConsolePages
    let now: @Sendable () -> Date

    struct ListView: ConsoleView {
        let frame: ConsoleFrame
        let surveys: [Row]
        let hasSurveys: Bool
    }

    struct Row: Sendable {
        let code: String
        let title: String
        let kind: String
        let closedRounds: String
        let openRounds: String
        let respondents: String
        let responseRate: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("surveys") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let surveys = Dictionary(
                uniqueKeysWithValues: try await access.database.surveys.surveys().map { ($0.code, $0) })
            var rows: [Row] = []
            for summary in try await access.database.surveys.summaries(at: now()) {
                guard let survey = surveys[summary.code] else { continue }
                let report = try await report(survey, by: .all, access: access)
                rows.append(
                    Row(
                        code: summary.code, title: summary.title, kind: Self.kind(summary.kind, in: language),
                        closedRounds: VietnameseNumber.text(Double(summary.closedRounds)),
                        openRounds: VietnameseNumber.text(Double(summary.openRounds)),
                        respondents: VietnameseNumber.text(Double(summary.respondents)),
                        responseRate: Self.rate(report.respondents, of: report.eligible)))
            }
            let view = ListView(
                frame: ConsoleFrame(
                    title: language.words(vi: "Khảo sát", en: "Surveys"), request: request, context: context,
                    section: "/surveys"),
                surveys: rows, hasSurveys: !rows.isEmpty)
            return pages.page("surveys", view)
        }
        group.get("surveys/{code}") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let form = ConsoleForm(query: request)
            let grouping = form.given("by").flatMap(SurveyGrouping.init(rawValue:)) ?? .all
            let code = try context.parameters.require("code")
            let survey = try await access.database.surveys.survey(code: code)
            let report = try await report(survey, by: grouping, access: access)
            // The file is the command line's, in Vietnamese whatever the page's language, as the completion report's.
            if let format = form.given("format") {
                return try ConsoleDownload.response(
                    report.lines(in: .vietnamese) + [report.totalLine(in: .vietnamese)],
                    columns: SurveyReport.Line.columns, format: format,
                    fileName: "khao-sat-\(Self.fileSafe(code))-theo-\(grouping.rawValue)",
                    sheetName: "Kết quả khảo sát",
                    preamble: ["Kết quả khảo sát \(report.surveyCode) – " + Self.label(grouping, in: .vietnamese)],
                    language: language)
            }
            let frame = ConsoleFrame(title: report.title, request: request, context: context, section: "/surveys")
            return pages.page(
                "survey-report",
                SurveyReportView(
                    report, survey: survey, frame: frame,
                    groupings: SurveyGrouping.allCases.map {
                        SelectOption(value: $0.rawValue, label: Self.label($0, in: language), selected: $0 == grouping)
                    }))
        }
        group.get("surveys/{code}/demand") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let code = try context.parameters.require("code")
            let survey = try await access.database.surveys.survey(code: code)
            let answers = try await access.database.surveys.releasedAnswers(
                survey: code, byProvince: true, minimumGroup: SurveyPrivacy.minimumGroup, at: now())
            let provinceNames = try await access.database.surveys.provinceNames()
            guard
                let demand = SurveyDemand(
                    survey: survey, minimumGroup: SurveyPrivacy.minimumGroup, answers: answers,
                    provinceNames: provinceNames)
            else {
                throw Problem(
                    .notFound,
                    "survey \(code) asks no topic and month questions (demand: topic, demand: month), so it shows no demand"
                )
            }
            if let format = ConsoleForm(query: request).given("format") {
                return try ConsoleDownload.response(
                    demand.rows + [demand.totalRow(in: .vietnamese)], columns: SurveyDemand.columns, format: format,
                    fileName: "nhu-cau-\(Self.fileSafe(code))", sheetName: "Nhu cầu bồi dưỡng",
                    preamble: ["Nhu cầu bồi dưỡng \(demand.surveyCode)"], language: language)
            }
            let frame = ConsoleFrame(
                title: language.words(vi: "Nhu cầu bồi dưỡng", en: "Training demand") + " · " + demand.surveyCode,
                request: request, context: context, section: "/surveys")
            return pages.page("survey-demand", SurveyDemandView(demand, provinceNames: provinceNames, frame: frame))
        }
    }

    /// The report the API's `GET /v1/surveys/{code}/report` gives, with the default minimum group.
    private func report(_ survey: Survey, by grouping: SurveyGrouping, access: Access) async throws -> SurveyReport {
        let evidence = try await access.database.surveys.evidence(
            survey: survey, grouping: grouping, minimumGroup: SurveyPrivacy.minimumGroup, at: now())
        return SurveyReport(
            survey: survey, grouping: grouping, minimumGroup: SurveyPrivacy.minimumGroup, evidence: evidence)
    }

    /// `83,3%`, or a dash when nobody could answer yet.
    static func rate(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : VietnameseNumber.percent(Double(part) / Double(whole))
    }

    /// A survey code as part of a file name: letters, digits and dashes kept, anything else a dash.
    private static func fileSafe(_ code: String) -> String {
        String(code.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    static func kind(_ kind: Survey.Kind, in language: Language) -> String {
        switch kind {
        case .afterClass: language.words(vi: "Sau mỗi lớp", en: "After each class")
        case .afterModule: language.words(vi: "Sau mỗi chuyên đề", en: "After each module")
        case .needs: language.words(vi: "Khảo sát nhu cầu", en: "Needs survey")
        }
    }

    static func label(_ grouping: SurveyGrouping, in language: Language) -> String {
        switch grouping {
        case .all: language.words(vi: "Toàn bộ", en: "All answers")
        case .module: language.words(vi: "Theo chuyên đề", en: "By module")
        case .lecturer: language.words(vi: "Theo giảng viên", en: "By lecturer")
        case .class: language.words(vi: "Theo lớp", en: "By class")
        case .province: language.words(vi: "Theo tỉnh, thành phố", en: "By province or city")
        }
    }
}
