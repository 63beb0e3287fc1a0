import Foundation
import Hummingbird
import PostgresInfrastructure
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

/// `GET /reports?by=province&program=CT-B&term=2026-2031` (Báo cáo): completion of seated delegates by province,
/// body or first-time, each group's rate as a bar; with `&format=xlsx` or `&format=csv`, the same report as the
/// file `ttbd report completion` writes (typed cells, the byte-order mark). Staff and admins only.
struct ReportPage {
    let database: Database
    let pages: ConsolePages

    struct View: ConsoleView {
        struct Line: Sendable {
            let label: String
            let seated: String
            let completed: String
            let rate: String
            let fraction: String

            init(_ line: CompletionReport.Line) {
                label = line.label
                seated = VietnameseNumber.text(Double(line.seated))
                completed = VietnameseNumber.text(Double(line.completed))
                rate = line.completionRate.map(VietnameseNumber.percent) ?? "—"
                fraction = String(line.completionRate ?? 0)
            }
        }
        let frame: ConsoleFrame
        let groupings: [SelectOption]
        let program: String
        let term: String
        let lines: [Line]
        let hasLines: Bool
        let total: Line
        let downloadQuery: String
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("reports") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let language = request.consoleLanguage
            let form = ConsoleForm(query: request)
            let grouping = form.given("by").flatMap(CompletionGrouping.init(rawValue:)) ?? .province
            let (program, term) = (form.given("program"), form.given("term"))
            let report = try await access.database.reports.completion(by: grouping, program: program, term: term)
            if let format = form.given("format") {
                return try Self.download(
                    report, by: grouping, program: program, term: term, format: format, language: language)
            }
            let lines = report.groups.map(View.Line.init)
            let view = View(
                frame: ConsoleFrame(
                    title: language.words(vi: "Báo cáo hoàn thành", en: "Completion report"), request: request,
                    context: context, section: "/reports"),
                groupings: CompletionGrouping.allCases.map {
                    .init(value: $0.rawValue, label: Self.label($0, in: language), selected: $0 == grouping)
                },
                program: program ?? "", term: term ?? "", lines: lines, hasLines: !lines.isEmpty,
                total: View.Line(report.total),
                downloadQuery: "by=\(grouping.rawValue)"
                    + (program.map { "&program=" + ConsoleForm.encoded($0) } ?? "")
                    + (term.map { "&term=" + ConsoleForm.encoded($0) } ?? ""))
            return pages.page("reports", view)
        }
    }

    /// The report as a file to open in Excel, named for its grouping: the command line's file, in Vietnamese
    /// whatever the page's language.
    private static func download(
        _ report: CompletionReport, by grouping: CompletionGrouping, program: String?, term: String?, format: String,
        language: Language
    ) throws -> Response {
        let filters = [program.map { "Chương trình " + $0 }, term.map { "nhiệm kỳ " + $0 }].compactMap { $0 }
        return try ConsoleDownload.response(
            report.groups + [report.total], columns: CompletionReport.columns(by: grouping), format: format,
            fileName: "hoan-thanh-theo-\(grouping.rawValue)", sheetName: "Tỷ lệ hoàn thành",
            preamble: ["Tỷ lệ hoàn thành – " + label(grouping, in: .vietnamese)]
                + (filters.isEmpty ? [] : [filters.joined(separator: ", ")]),
            language: language)
    }

    private static func label(_ grouping: CompletionGrouping, in language: Language) -> String {
        switch grouping {
        case .province: language.words(vi: "Theo tỉnh, thành phố", en: "By province or city")
        case .body: language.words(vi: "Theo cơ quan", en: "By body")
        case .firstTime: language.words(vi: "Lần đầu / tái cử", en: "First term / re-elected")
        }
    }
}
