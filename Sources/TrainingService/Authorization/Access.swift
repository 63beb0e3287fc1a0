import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// What the account of one request may read and change. A record the account may not read answers 404
/// with the same words as one that does not exist, so nobody learns which codes are in use; a record it may
/// read but not change answers 403.
struct Access: Sendable {
    let account: Account
    /// The pool, with changes attributed to the account in the audit log.
    let database: Database
    /// For a delegate, the revision of what they see, as read with the token.
    let delegateRevision: DelegateRevision?

    init(_ context: ServiceContext, database: Database) throws {
        guard let account = context.account else {
            throw Problem.unauthorized("Send your API token as `Authorization: Bearer <token>`.")
        }
        self.account = account
        self.delegateRevision = context.delegateRevision
        self.database = database.acting(as: "account:\(account.username)")
    }

    /// The use cases, on the pool that names the account.
    var operations: TrainingOperations { TrainingOperations(database: database) }

    func requireClass(_ code: String) async throws {
        guard try await !database.accounts.visibleClassCodes(to: account, code: code).isEmpty else {
            throw Problem(
                .notFound,
                "No class with the code \(Problem.quoted(code)) is open to you; GET /v1/classes lists the ones that are."
            )
        }
    }

    func requireDelegate(_ code: String) async throws {
        guard try await database.accounts.delegateIsVisible(code, to: account) else {
            throw Problem(
                .notFound,
                "No delegate with the code \(Problem.quoted(code)) is open to you; check the code on your letter.")
        }
    }

    func requireSession(_ id: Int) async throws {
        guard try await database.accounts.sessionIsVisible(id, to: account) else {
            throw Problem(
                .notFound,
                "No session \(id) is open to you; GET /v1/classes/{code}/sessions lists a class's sessions.")
        }
    }

    /// Reports and other records that only staff read: 404 for everyone else.
    func requireStaffRecord() throws {
        guard account.seesEverything else {
            throw Problem(.notFound, "There is nothing here for your account; reports are for the training center.")
        }
    }

    /// What only an admin does (importing the roster and the center's resources): 403.
    func requireAdmin(_ what: Message) throws {
        guard account.role == .admin else {
            throw Problem(.forbidden, "Only an admin can \(what); ask one to do it.")
        }
    }

    /// Changes that only staff make, on a record the account may read: 403.
    func requireStaffChange(_ what: Message) throws {
        guard account.seesEverything else {
            throw Problem(.forbidden, "Only the training center's staff can \(what); ask them to do it.")
        }
    }
}

extension Access {
    /// The access of a request to the session its path names (`…/sessions/{id}/…`), and the session's id: 404
    /// when the id is not a number or names a session the account may not read.
    static func toSession(_ context: ServiceContext, database: Database) async throws -> (Access, Int) {
        let access = try Access(context, database: database)
        guard let id = context.parameters.get("id", as: Int.self) else {
            throw Problem(.notFound, "A session id is a whole number, e.g. /v1/sessions/12/attendance.")
        }
        try await access.requireSession(id)
        return (access, id)
    }

    /// Refuses marks of delegates not seated in the session's class with one answer for an unknown code and a
    /// delegate of another class alike, naming nobody: a mark must not tell a lecturer who is on the roster.
    func requireSeated(_ marks: [String: AttendanceStatus], at id: Int) async throws {
        let unseated = try await database.attendance.unseatedCodes(session: id, codes: marks.keys.sorted())
        guard unseated.isEmpty else {
            throw Problem(
                .unprocessableContent,
                "Not seated in this session's class: \(unseated.map { Problem.quoted($0) }.joined(separator: ", ")); "
                    + "nothing was marked.")
        }
    }
}
