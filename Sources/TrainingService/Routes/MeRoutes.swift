import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/me…`: the account of the token and, for a delegate, their own records; a lecturer's schedule is
/// the sessions they teach.
struct MeRoutes {
    let database: Database
    /// Where a delegate's own timetable may be read instead of the primary.
    let replicas: ReadReplicas?
    let now: @Sendable () -> Date

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("me") { request, context in
            let access = try Access(context, database: database)
            return try await unlessUnchanged(request, for: access) {
                var delegate: DelegateRecord?
                if let code = access.account.delegateCode {
                    delegate = try await DelegateRecords(database: access.database, code: code).profile()
                }
                return try JSONBody(Me(account: access.account, delegate: delegate)).response()
            }
        }
        v1.get("me/schedule") { request, context in
            let access = try Access(context, database: database)
            if let code = access.account.lecturerCode {
                let (from, to) = try request.dateRange()
                let sessions = try await access.database.schedules.schedule(of: .lecturer(code), from: from, to: to)
                return try request.scheduleResponse(sessions, now: now())
            }
            guard let delegateID = access.account.delegateID, let revision = access.delegateRevision else {
                throw notADelegate
            }
            let (from, to) = try request.dateRange()
            let now = now()
            // The account already names the delegate's id: the timetable is the only other statement (on a
            // replica, with the revision it holds).
            let read: @Sendable (Database, DelegateRevision) async throws -> Response = { database, revision in
                try await request.conditional(
                    on: revision, representation: request.calendarRepresentation, cacheControl: "no-store"
                ) {
                    let sessions = try await database.schedules.schedule(ofDelegateID: delegateID, from: from, to: to)
                    return try request.scheduleResponse(sessions, now: now)
                }
            }
            guard let replicas else { return try await read(database, revision) }
            return try await replicas.reading(delegateID: delegateID, revision: revision, read)
        }
        v1.get("me/materials") { request, context in
            let access = try Access(context, database: database)
            let records = try own(access)
            return try await unlessUnchanged(request, for: access) {
                try request.page(of: try await records.materials()).response()
            }
        }
        v1.get("me/certificates") { request, context in
            let access = try Access(context, database: database)
            let records = try own(access)
            return try await unlessUnchanged(request, for: access) {
                try request.page(of: try await records.certificates()).response()
            }
        }
        v1.get("me/classes") { request, context in
            let access = try Access(context, database: database)
            let code = try own(access).code
            return try await unlessUnchanged(request, for: access) {
                try request.page(of: try await access.database.enrollments.enrollments(delegate: code)).response()
            }
        }
    }

    /// A delegate's own resource, answered 304 without being built when nothing they see has changed since the
    /// client's copy; other accounts' answers are built every time.
    private func unlessUnchanged(
        _ request: Request, for access: Access, build: () async throws -> Response
    ) async throws -> Response {
        // Read with the token (a delegate's account always has one): an unchanged answer costs no statement.
        guard let revision = access.delegateRevision else { return try await build() }
        return try await request.conditional(
            on: revision, representation: request.calendarRepresentation, cacheControl: "no-store", build: build)
    }

    /// The records of the delegate the account is, or 404 for accounts that are not a delegate's.
    private func own(_ access: Access) throws -> DelegateRecords {
        guard let code = access.account.delegateCode else { throw notADelegate }
        return DelegateRecords(database: access.database, code: code)
    }

    private var notADelegate: Problem {
        Problem(
            .notFound,
            "Your account is not a delegate's, so it has no records of its own here; use /v1/classes instead.")
    }

    struct Me: Encodable, Sendable {
        let username: String
        let displayName: String
        let role: AccountRole
        let delegate: DelegateRecord?
        let lecturerCode: String?

        init(account: Account, delegate: DelegateRecord?) {
            username = account.username
            displayName = account.displayName
            role = account.role
            self.delegate = delegate
            lecturerCode = account.lecturerCode
        }

        private enum CodingKeys: String, CodingKey {
            case username, displayName, role, delegate, lecturerCode
        }

        /// Writes `null` for a missing delegate or lecturer, so clients see every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(username, forKey: .username)
            try container.encode(displayName, forKey: .displayName)
            try container.encode(role, forKey: .role)
            try container.encode(delegate, forKey: .delegate)
            try container.encode(lecturerCode, forKey: .lecturerCode)
        }
    }
}

extension Request {
    /// The representation a delegate's resource is asked in, for its `ETag`: a calendar or JSON.
    var calendarRepresentation: String {
        headers[.accept]?.contains("text/calendar") == true ? "ics" : "json"
    }
}
