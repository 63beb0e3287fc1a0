public import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension AccountStore {
    /// A new secret token for the account `username`: "ttbd_" + base64url(32 random bytes) for the API,
    /// "ttbdcal_" + … for a calendar feed. Only its SHA-256 is stored, so this is the one time anyone sees it.
    public func issueToken(
        username: String, purpose: TokenPurpose, expiresAt: Date?,
        using generator: inout some RandomNumberGenerator
    ) async throws -> String {
        let owner = try await account(username: username)
        let token = SecretToken.generate(purpose, using: &generator)
        let logger = self.logger
        try await refusingPastExpiry(expiresAt) {
            try await transaction { connection in
                try await connection.query(
                    """
                    INSERT INTO api_tokens (account_id, purpose, token_hash, expires_at)
                    VALUES (\(owner.id), \(purpose.rawValue), \(Data(SecretToken.digest(token))), \(expiresAt))
                    """, logger: logger)
            }
        }
        return token
    }

    /// Revokes the live tokens of `username` (of one purpose, or all) and says how many there were.
    public func revokeTokens(username: String, purpose: TokenPurpose?, in transaction: Transaction) async throws -> Int
    {
        let owner = try await account(username: username)
        let logger = self.logger
        let connection = transaction.connection
        return try await connection.query(
            """
            WITH revoked AS (
                UPDATE api_tokens SET revoked_at = now()
                WHERE account_id = \(owner.id) AND revoked_at IS NULL
                  AND (\(purpose?.rawValue)::text IS NULL OR purpose = \(purpose?.rawValue)::text)
                RETURNING 1)
            SELECT count(*)::int FROM revoked
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }

    /// The account a presented token belongs to; nil when the token is unknown, of another purpose,
    /// revoked, expired at `now`, or its account is disabled.
    public func account(presenting token: String, purpose: TokenPurpose, now: Date) async throws -> Account? {
        try await presented(token, purpose: purpose, now: now)?.account
    }

    /// The account a presented token belongs to and, for a delegate's, the revision of what they see (for
    /// answering "unchanged" without another statement); nil as for ``account(presenting:purpose:now:)``.
    ///
    /// It runs on every request of the service, so it reads one row by the token's hash, in a statement
    /// prepared once per connection, and writes nothing (`last_used_at` stays as it is). The stored hash is
    /// compared again in constant time, so no index or comparison shortcut tells a caller how close a guess came.
    public func presented(_ token: String, purpose: TokenPurpose, now: Date) async throws -> PresentedToken? {
        guard SecretToken.isWellFormed(token, for: purpose) else { return nil }
        let digest = SecretToken.digest(token)
        var found: TokenAccount.Row?
        for try await row in try await client.execute(TokenAccount(digest: digest, purpose: purpose), logger: logger) {
            found = row
        }
        guard let row = found else { return nil }
        guard SecretToken.sameDigest(Array(row.0), digest), row.2 == nil, row.3 == nil else { return nil }
        if let expiry = row.1, expiry <= now { return nil }
        let account = Account(
            id: row.4, username: row.5, displayName: row.6, role: try Self.role(row.7), delegateID: row.8,
            delegateCode: row.9, lecturerID: row.10, lecturerCode: row.11)
        guard let own = row.12, let shared = row.13, let changedAt = row.14 else {
            return PresentedToken(account: account, revision: nil)
        }
        return PresentedToken(
            account: account, revision: DelegateRevision(own: own, shared: shared, changedAt: changedAt))
    }

    /// Runs `body`, turning the database's refusal of an expiry before the token's creation into words.
    func refusingPastExpiry<Result: Sendable>(
        _ expiresAt: Date?, _ body: () async throws -> Result
    ) async throws -> Result {
        do {
            return try await body()
        } catch let error where DatabaseFailure.constraint(of: error) == "api_tokens_check" {
            let day = expiresAt.map { ISO8601DateFormatter().string(from: $0) } ?? ""
            throw StoreError(.refused, "the expiry \(day) is already past; give a later --expires")
        }
    }
}

/// The row of a token's hash and purpose with its account and a delegate's revision (`token_account`, migration
/// 0028).
private struct TokenAccount: PostgresPreparedStatement {
    static let sql = "SELECT * FROM token_account($1, $2)"
    typealias Row = (
        Data, Date?, Date?, Date?, Int, String, String, String, Int?, String?, Int?, String?, Int?, Int?, Date?
    )

    var digest: [UInt8]
    var purpose: TokenPurpose

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        try bindings.append(Data(digest))
        bindings.append(purpose.rawValue)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}

/// A token's account, and the revision of what a delegate sees when the account is a delegate's.
public struct PresentedToken: Sendable {
    public var account: Account
    public var revision: DelegateRevision?
}
