import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/conferences…`: the regional conferences, one with its programme and invited bodies, and its report;
/// staff only.
struct ConferenceRoutes {
    let database: Database

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("conferences") { request, context in
            let access = try staff(context)
            let region = request.uri.queryParameters.get("region")
            return try request.page(of: try await access.database.conferences.conferences(region: region))
        }
        v1.get("conferences/{code}") { _, context in
            let access = try staff(context)
            return JSONBody(
                try await access.database.conferences.conference(code: try context.parameters.require("code")))
        }
        v1.get("conferences/{code}/report") { _, context in
            let access = try staff(context)
            return JSONBody(try await access.database.conferences.report(code: try context.parameters.require("code")))
        }
    }

    private func staff(_ context: ServiceContext) throws -> Access {
        let access = try Access(context, database: database)
        try access.requireStaffRecord()
        return access
    }
}
