import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/delegates/{code}…`: one delegate's profile and records, for staff, the delegate's lecturers, and
/// the delegate themselves. A lecturer reads only the rows of the classes they teach, and the profile without
/// personal identifiers.
struct DelegateRoutes {
    let database: Database
    let now: @Sendable () -> Date

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("delegates/{code}") { _, context in
            let (records, scope) = try await records(context)
            let profile = try await records.profile()
            return JSONBody(scope.isTeacher ? profile.teachersView : profile)
        }
        v1.get("delegates/{code}/schedule") { request, context in
            let (records, scope) = try await records(context)
            return try await records.schedule(request, now: now()) { scope.allows($0.session.classCode) }
        }
        v1.get("delegates/{code}/attendance") { request, context in
            let (records, scope) = try await records(context)
            return try request.page(of: try await records.attendance().filter { scope.allows($0.classCode) })
        }
        v1.get("delegates/{code}/certificates") { request, context in
            let (records, scope) = try await records(context)
            return try request.page(of: try await records.certificates().filter { scope.allows($0.classCode) })
        }
        v1.get("delegates/{code}/materials") { request, context in
            let (records, scope) = try await records(context)
            return try request.page(of: try await records.materials().filter { scope.allows($0.classCode) })
        }
    }

    private func records(_ context: ServiceContext) async throws -> (DelegateRecords, ClassScope) {
        let access = try Access(context, database: database)
        let code = try context.parameters.require("code")
        try await access.requireDelegate(code)
        return (DelegateRecords(database: access.database, code: code), try await ClassScope(of: access))
    }
}

/// Which of a delegate's rows the caller reads: all of them (staff, the delegate), or a lecturer's, those of
/// the classes the lecturer teaches.
struct ClassScope {
    /// Nil: every class.
    let taught: Set<String>?

    init(of access: Access) async throws {
        taught =
            access.account.role == .lecturer
            ? Set(try await access.database.accounts.visibleClassCodes(to: access.account)) : nil
    }

    var isTeacher: Bool { taught != nil }

    func allows(_ classCode: String?) -> Bool {
        guard let taught else { return true }
        return classCode.map(taught.contains) ?? false
    }
}
