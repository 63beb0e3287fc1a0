import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingStore

/// `/v1/delegates/{code}…`: one delegate's profile and records, for staff, the delegate's lecturers, and
/// the delegate themselves.
struct DelegateRoutes {
    let database: Database
    let now: @Sendable () -> Date

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("delegates/{code}") { _, context in
            JSONBody(try await records(context).profile())
        }
        v1.get("delegates/{code}/schedule") { request, context in
            try await records(context).schedule(request, now: now())
        }
        v1.get("delegates/{code}/attendance") { request, context in
            try request.page(of: try await records(context).attendance())
        }
        v1.get("delegates/{code}/certificates") { request, context in
            try request.page(of: try await records(context).certificates())
        }
        v1.get("delegates/{code}/materials") { request, context in
            try request.page(of: try await records(context).materials())
        }
    }

    private func records(_ context: ServiceContext) async throws -> DelegateRecords {
        let access = try Access(context, database: database)
        let code = try context.parameters.require("code")
        try await access.requireDelegate(code)
        return DelegateRecords(database: access.database, code: code)
    }
}
