import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/reports/completion`: how many seated delegates completed, by province, body or first term; staff only.
struct ReportRoutes {
    let database: Database

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("reports/completion") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let query = request.uri.queryParameters
            let text = query.get("by") ?? CompletionGrouping.province.rawValue
            guard let grouping = CompletionGrouping(rawValue: text) else {
                let known = CompletionGrouping.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem(.badRequest, "by must be one of \(known).")
            }
            return JSONBody(
                try await access.database.reports.completion(
                    by: grouping, program: query.get("program"), term: query.get("term")))
        }
    }
}
