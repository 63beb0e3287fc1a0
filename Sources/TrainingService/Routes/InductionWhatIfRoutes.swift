import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// `/v1/induction/what-if…`: what the golden time takes, as a job. A POST queues a run of `ttbd plan induction
/// --what-if` and answers 202 with where to read it; the service's job tick plans it; a GET says whether it is
/// queued, running, done (with the command line's JSON) or failed. Staff only.
struct InductionWhatIfRoutes {
    let database: Database
    let now: @Sendable () -> Date

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.post("induction/what-if") { request, context in
            let access = try staff(context)
            let input = try await request.json(as: WhatIfRunInput.self, context: context)
            let id = try await Self.queue(input, access: access, now: now())
            let run = try await access.database.induction.whatIfRun(id: id)!
            var response = try JSONBody(run, status: .accepted).response()
            response.headers[.location] = "/v1/induction/what-if/\(id)"
            return response
        }
        v1.get("induction/what-if/{id}") { _, context in
            let access = try staff(context)
            let id = context.parameters.get("id", as: Int.self)
            guard let id, let run = try await access.database.induction.whatIfRun(id: id) else {
                throw Problem(
                    .notFound,
                    "No what-if run has the id \(Problem.quoted(context.parameters.get("id") ?? "")); "
                        + "POST /v1/induction/what-if starts one.")
            }
            return JSONBody(run)
        }
    }

    /// Queues the run `input` asks for: 422 naming what is wrong, with nothing written, when the inputs are not
    /// a plan's or the plan would be refused at once (an unknown program, a window outside the term).
    static func queue(_ input: WhatIfRunInput, access: Access, now: Date) async throws -> Int {
        let run: WhatIfRunRequest
        do {
            run = try input.request()
        } catch {
            throw Problem(.unprocessableContent, error.wording)
        }
        do {
            return try await access.operations.queueInductionWhatIf(
                run, requestedBy: access.account.username, now: now)
        } catch let refusal as StoreError where refusal.kind == .badData {
            throw Problem(.unprocessableContent, refusal.wording)
        }
    }

    private func staff(_ context: ServiceContext) throws -> Access {
        let access = try Access(context, database: database)
        try access.requireStaffRecord()
        return access
    }
}
