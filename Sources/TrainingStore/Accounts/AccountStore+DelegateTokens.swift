public import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension AccountStore {
    /// Issues one API token and one calendar-feed token to every delegate who matches `criteria` (all
    /// terms unless it names one), creating the delegate's account when there is none (username: the
    /// delegate's code in lowercase). All or nothing: a username another account already holds refuses
    /// the whole batch. Sorted the Vietnamese way, as the center hands them out.
    public func issueDelegateTokens(
        where criteria: DelegateCriteria, expiresAt: Date?, using generator: inout some RandomNumberGenerator
    ) async throws -> [IssuedDelegateToken] {
        let logger = self.logger
        let matching = try await withConnection { connection in
            try await criteria.delegates(term: criteria.term, on: connection, logger: logger)
        }
        let issued = matching.map { delegate in
            IssuedDelegateToken(
                delegateCode: delegate.code, fullName: delegate.fullName,
                username: Username.forDelegate(code: delegate.code),
                apiToken: SecretToken.generate(.api, using: &generator),
                feedToken: SecretToken.generate(.calendarFeed, using: &generator))
        }
        guard !issued.isEmpty else { return [] }
        return try await refusingPastExpiry(expiresAt) {
            try await transaction { connection in
                let usernames = try await Self.delegateAccounts(for: issued, on: connection, logger: logger)
                let tokens = issued.flatMap { [($0.delegateCode, $0.apiToken), ($0.delegateCode, $0.feedToken)] }
                let purposes = issued.flatMap { _ in [TokenPurpose.api.rawValue, TokenPurpose.calendarFeed.rawValue] }
                try await connection.query(
                    """
                    INSERT INTO api_tokens (account_id, purpose, token_hash, expires_at)
                    SELECT a.id, t.purpose, decode(t.digest, 'hex'), \(expiresAt)
                    FROM unnest(\(tokens.map(\.0))::text[], \(purposes)::text[], \(tokens.map { Self.hex($0.1) })::text[])
                        AS t(code, purpose, digest)
                    JOIN delegates d ON d.code = t.code
                    JOIN accounts a ON a.delegate_id = d.id
                    """, logger: logger)
                return issued.map { token in
                    var token = token
                    token.username = usernames[token.delegateCode] ?? token.username
                    return token
                }
            }
        }
    }

    /// Creates the missing delegate accounts of `issued` and returns every one's username by delegate
    /// code; refuses when a username is held by another account.
    private static func delegateAccounts(
        for issued: [IssuedDelegateToken], on connection: PostgresConnection, logger: Logger
    ) async throws -> [String: String] {
        let codes = issued.map(\.delegateCode)
        try await connection.query(
            """
            INSERT INTO accounts (username, display_name, role, delegate_id)
            SELECT u.username, d.full_name, 'delegate', d.id
            FROM unnest(\(codes)::text[], \(issued.map(\.username))::text[]) AS u(code, username)
            JOIN delegates d ON d.code = u.code
            WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.delegate_id = d.id)
            ON CONFLICT (username) DO NOTHING
            """, logger: logger)
        let rows = try await connection.query(
            """
            SELECT u.code, a.username FROM unnest(\(codes)::text[]) AS u(code)
            JOIN delegates d ON d.code = u.code
            LEFT JOIN accounts a ON a.delegate_id = d.id
            """, logger: logger)
        var usernames: [String: String] = [:]
        var blocked: [String] = []
        for try await (code, username) in rows.decode((String, String?).self) {
            if let username { usernames[code] = username } else { blocked.append(code) }
        }
        guard blocked.isEmpty else {
            let names = issued.filter { blocked.contains($0.delegateCode) }.map {
                "\($0.username) (\($0.delegateCode))"
            }
            throw StoreError(
                .refused,
                "these usernames belong to other accounts, so their delegates get no account: "
                    + "\(names.joined(separator: ", ")); rename those accounts first. No token was issued.")
        }
        return usernames
    }

    private static func hex(_ token: String) -> String {
        SecretToken.digest(token).map { String(format: "%02x", $0) }.joined()
    }
}
