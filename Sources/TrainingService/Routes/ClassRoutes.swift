import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/classes…`: the classes an account may read, their sessions and enrollments, and enrolling a
/// delegate (staff).
struct ClassRoutes {
    let database: Database

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("classes") { request, context in
            let access = try Access(context, database: database)
            let visible = Set(try await access.database.accounts.visibleClassCodes(to: access.account))
            let program = request.uri.queryParameters.get("program")
            let status = request.uri.queryParameters.get("status")
            let classes = try await access.database.classes.classes(program: program, status: status)
            return try request.page(of: classes.filter { visible.contains($0.code) })
        }
        v1.get("classes/{code}") { _, context in
            let (access, code) = try await readable(context)
            guard let detail = try await access.database.classes.classDetail(code: code) else {
                throw Problem(.notFound, "No class has the code \(Problem.quoted(code)).")
            }
            return JSONBody(access.account.role == .delegate ? detail.forAMember : detail)
        }
        v1.get("classes/{code}/sessions") { request, context in
            let (access, code) = try await readable(context)
            let (from, to) = try request.dateRange()
            return try request.page(of: try await access.database.sessions.sessions(ofClass: code, from: from, to: to))
        }
        v1.get("classes/{code}/enrollments") { request, context in
            let (access, code) = try await readable(context)
            var roster = try await access.database.reports.roster(classCode: code)
            if let own = access.account.delegateCode, !access.account.seesEverything {
                roster = roster.filter { $0.delegateCode == own }
            }
            return try request.page(of: roster)
        }
        v1.post("classes/{code}/enrollments") { request, context in
            let (access, code) = try await readable(context)
            try access.requireStaffChange("enroll delegates")
            let body = try await request.json(as: EnrollmentRequest.self, context: context)
            // A code that names nobody is 404, not one of the refusals (409) the enrollment rules give.
            guard try await access.database.delegates.delegate(code: body.delegate) != nil else {
                throw Problem(.notFound, "No delegate has the code \(Problem.quoted(body.delegate)).")
            }
            let outcomes = try await access.operations.enroll(classCode: code, delegateCodes: [body.delegate])
            guard let outcome = outcomes.first else {
                throw Problem(.notFound, "No delegate has the code \(Problem.quoted(body.delegate)).")
            }
            if case .refused = outcome.result {
                throw Problem(.conflict, outcome.wording)
            }
            return JSONBody(outcome, status: .created)
        }
    }

    private func readable(_ context: ServiceContext) async throws -> (Access, String) {
        let access = try Access(context, database: database)
        let code = try context.parameters.require("code")
        try await access.requireClass(code)
        return (access, code)
    }

    struct EnrollmentRequest: Decodable {
        let delegate: String
    }
}
