import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension AccountStore {
    /// Keeps `bcryptHash` as the password of `username`, and signs every browser of that account out: whoever
    /// knew the old password is signed in no longer. A delegate's account has no console, so no password.
    public func setPasswordHash(_ bcryptHash: String, username: String, in transaction: Transaction) async throws {
        let owner = try await account(username: username)
        guard owner.role != .delegate else {
            throw StoreError(
                .refused,
                "\(username) is a delegate's account; delegates use the command line and their calendar feed, not the console"
            )
        }
        let connection = transaction.connection
        try await connection.query(
            """
            INSERT INTO account_passwords (account_id, bcrypt_hash) VALUES (\(owner.id), \(bcryptHash))
            ON CONFLICT (account_id) DO UPDATE SET bcrypt_hash = EXCLUDED.bcrypt_hash, changed_at = now()
            """, logger: logger)
        try await connection.query(
            "DELETE FROM console_sessions WHERE (value->>'accountID')::bigint = \(owner.id)", logger: logger)
    }

    /// The account that may sign in to the console as `username`, with its password's hash: nil for an unknown
    /// or disabled account, a delegate's, and one without a password.
    public func consoleSignIn(username: String) async throws -> (account: Account, bcryptHash: String)? {
        let rows = try await client.query(
            """
            SELECT a.id, a.display_name, a.role, a.lecturer_id, l.code, p.bcrypt_hash
            FROM accounts a
            JOIN account_passwords p ON p.account_id = a.id
            LEFT JOIN lecturers l ON l.id = a.lecturer_id
            WHERE a.username = \(username) AND a.disabled_at IS NULL AND a.role <> 'delegate'
            """, logger: logger)
        for try await row in rows.decode((Int, String, String, Int?, String?, String).self) {
            let account = Account(
                id: row.0, username: username, displayName: row.1, role: try Self.role(row.2), lecturerID: row.3,
                lecturerCode: row.4)
            return (account, row.5)
        }
        return nil
    }

    /// The console account with `id`, while it is enabled: a session outlives nothing its account loses.
    public func consoleAccount(id: Int) async throws -> Account? {
        let rows = try await client.query(
            """
            SELECT a.username, a.display_name, a.role, a.lecturer_id, l.code
            FROM accounts a LEFT JOIN lecturers l ON l.id = a.lecturer_id
            WHERE a.id = \(id) AND a.disabled_at IS NULL AND a.role <> 'delegate'
            """, logger: logger)
        for try await row in rows.decode((String, String, String, Int?, String?).self) {
            return Account(
                id: id, username: row.0, displayName: row.1, role: try Self.role(row.2), lecturerID: row.3,
                lecturerCode: row.4)
        }
        return nil
    }
}
