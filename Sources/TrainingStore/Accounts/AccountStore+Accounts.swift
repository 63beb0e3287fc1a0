import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension AccountStore {
    /// Adds an account. A delegate's account names its delegate (`delegateCode`), a lecturer's its lecturer
    /// (`lecturerCode`); the other roles name neither. The display name is stored in NFC.
    public func addAccount(
        username: String, displayName: String, role: AccountRole, delegateCode: String?, lecturerCode: String?
    ) async throws -> Account {
        try Self.checkAccount(username: username, role: role, delegateCode: delegateCode, lecturerCode: lecturerCode)
        let name = displayName.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        guard !name.isEmpty else {
            throw StoreError(
                .refused, "the account of \(username) needs the person's full name")
        }
        let logger = self.logger
        do {
            return try await transaction { connection in
                let delegateID = try await delegateCode.asyncMap {
                    try await Self.recordID(of: "delegates", code: $0, on: connection, logger: logger)
                }
                let lecturerID = try await lecturerCode.asyncMap {
                    try await Self.recordID(of: "lecturers", code: $0, on: connection, logger: logger)
                }
                let id = try await connection.query(
                    """
                    INSERT INTO accounts (username, display_name, role, delegate_id, lecturer_id)
                    VALUES (\(username), \(name), \(role.rawValue), \(delegateID), \(lecturerID)) RETURNING id
                    """, logger: logger
                ).collect().first!.decode(Int.self)
                return Account(
                    id: id, username: username, displayName: name, role: role, delegateID: delegateID,
                    delegateCode: delegateCode, lecturerID: lecturerID, lecturerCode: lecturerCode)
            }
        } catch let error where DatabaseFailure.sqlState(of: error) == "23505" {
            throw Self.duplicateAccount(
                error, username: username, delegateCode: delegateCode, lecturerCode: lecturerCode)
        }
    }

    /// Every account, by username.
    public func accounts() async throws -> [Account] {
        try await accounts(username: nil)
    }

    /// The account with `username`, or a not-found error that says where to look.
    func account(username: String) async throws -> Account {
        guard let account = try await accounts(username: username).first else {
            throw StoreError(.notFound, "no account has the username \(username)", remedy: .listAccounts)
        }
        return account
    }

    private func accounts(username: String?) async throws -> [Account] {
        let rows = try await client.query(
            """
            SELECT a.id, a.username, a.display_name, a.role, a.delegate_id, d.code, a.lecturer_id, l.code
            FROM accounts a
            LEFT JOIN delegates d ON d.id = a.delegate_id
            LEFT JOIN lecturers l ON l.id = a.lecturer_id
            WHERE \(username)::text IS NULL OR a.username = \(username)::text
            ORDER BY a.username
            """, logger: logger)
        var accounts: [Account] = []
        for try await row in rows.decode((Int, String, String, String, Int?, String?, Int?, String?).self) {
            accounts.append(
                Account(
                    id: row.0, username: row.1, displayName: row.2, role: try Self.role(row.3), delegateID: row.4,
                    delegateCode: row.5, lecturerID: row.6, lecturerCode: row.7))
        }
        return accounts
    }

    static func role(_ text: String) throws -> AccountRole {
        guard let role = AccountRole(rawValue: text) else {
            throw StoreError(.inconsistentData, "an account has the unknown role '\(text)'")
        }
        return role
    }

    /// Refuses what the database would refuse, with words that say what to give instead.
    private static func checkAccount(
        username: String, role: AccountRole, delegateCode: String?, lecturerCode: String?
    ) throws {
        let problem =
            Username.problem(username)
            ?? role.namingProblem(namingDelegate: delegateCode != nil, namingLecturer: lecturerCode != nil)
            .map(Self.sentence)
        if let problem { throw StoreError(.refused, problem) }
    }

    /// The naming problem as the store states it; the command line says it with its options.
    private static func sentence(_ problem: AccountRole.NamingProblem) -> Message {
        switch problem {
        case .delegateAccountNamesItsDelegate: "a delegate's account names its delegate and no lecturer"
        case .lecturerAccountNamesItsLecturer: "a lecturer's account names its lecturer and no delegate"
        case .namesNobody(let role): "an account of role \(role.rawValue) names no delegate or lecturer"
        }
    }

    private static func recordID(
        of table: String, code: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int {
        guard
            let row = try await connection.query(
                "SELECT id FROM \(unescaped: table) WHERE code = \(code)", logger: logger
            ).collect().first
        else {
            throw table == "delegates"
                ? StoreError.noDelegate(code)
                : StoreError(.notFound, "no lecturer has the code \(code)", remedy: .listLecturers)
        }
        return try row.decode(Int.self)
    }

    private static func duplicateAccount(
        _ error: any Error, username: String, delegateCode: String?, lecturerCode: String?
    ) -> StoreError {
        switch DatabaseFailure.constraint(of: error) {
        case "accounts_delegate_id_key":
            StoreError(.refused, "delegate \(delegateCode ?? "") already has an account", remedy: .listAccounts)
        case "accounts_lecturer_id_key":
            StoreError(.refused, "lecturer \(lecturerCode ?? "") already has an account", remedy: .listAccounts)
        default:
            StoreError(.refused, "the username \(username) is taken; choose another")
        }
    }
}

extension Optional {
    fileprivate func asyncMap<Mapped>(_ transform: (Wrapped) async throws -> Mapped) async rethrows -> Mapped? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
