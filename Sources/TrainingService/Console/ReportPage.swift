import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /reports?by=province&program=CT-B&term=2026-2031` (Báo cáo): completion of seated delegates by province,
/// body or first-time, each group's rate as a bar. Staff and admins only.
struct ReportPage {
    let database: Database
    let pages: ConsolePages

    struct View: Sendable {
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
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("reports") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let form = ConsoleForm(query: request)
            let grouping = form.given("by").flatMap(CompletionGrouping.init(rawValue:)) ?? .province
            let (program, term) = (form.given("program"), form.given("term"))
            let report = try await access.database.reports.completion(by: grouping, program: program, term: term)
            let lines = report.groups.map(View.Line.init)
            let view = View(
                frame: ConsoleFrame(title: "Báo cáo hoàn thành", context: context, section: "/reports"),
                groupings: CompletionGrouping.allCases.map {
                    .init(value: $0.rawValue, label: Self.label($0), selected: $0 == grouping)
                },
                program: program ?? "", term: term ?? "", lines: lines, hasLines: !lines.isEmpty,
                total: View.Line(report.total))
            return pages.page("reports", view)
        }
    }

    private static func label(_ grouping: CompletionGrouping) -> String {
        switch grouping {
        case .province: "Theo tỉnh, thành phố"
        case .body: "Theo cơ quan"
        case .firstTime: "Lần đầu / tái cử"
        }
    }
}
