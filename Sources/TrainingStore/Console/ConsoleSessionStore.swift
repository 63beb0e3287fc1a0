import Foundation
import PostgresInfrastructure
import PostgresNIO

/// The console's browser sessions, kept in the database so that every `ttbd serve` behind a load balancer
/// shares them. Keyed by the SHA-256 of the session's key: the table alone signs nobody in.
public struct ConsoleSessionStore: StoreArea {
    let database: Database

    /// Stores `value` (JSON) under `key`, replacing what was there, for `lifetime` from now (nil: no end).
    public func set(key: String, value: Data, lifetime: Duration?) async throws {
        let seconds = lifetime.map { Double($0.components.seconds) }
        try await client.query(
            """
            INSERT INTO console_sessions (key_hash, value, expires_at)
            VALUES (\(Self.hash(key)), \(String(decoding: value, as: UTF8.self))::jsonb,
                    now() + make_interval(secs => \(seconds)))
            ON CONFLICT (key_hash) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
            """, logger: logger)
    }

    /// Stores `value` under `key` unless the key is taken; false when it was.
    public func create(key: String, value: Data, lifetime: Duration?) async throws -> Bool {
        let seconds = lifetime.map { Double($0.components.seconds) }
        let rows = try await client.query(
            """
            INSERT INTO console_sessions (key_hash, value, expires_at)
            VALUES (\(Self.hash(key)), \(String(decoding: value, as: UTF8.self))::jsonb,
                    now() + make_interval(secs => \(seconds)))
            ON CONFLICT (key_hash) DO NOTHING RETURNING 1
            """, logger: logger
        ).collect()
        return !rows.isEmpty
    }

    /// The value under `key` and the seconds it has left (nil: no end), or nil once it has expired.
    public func get(key: String) async throws -> (value: Data, secondsLeft: Double?)? {
        let rows = try await client.query(
            """
            SELECT value::text, extract(epoch FROM expires_at - now())::float8
            FROM console_sessions
            WHERE key_hash = \(Self.hash(key)) AND (expires_at IS NULL OR expires_at > now())
            """, logger: logger)
        for try await (value, left) in rows.decode((String, Double?).self) {
            return (Data(value.utf8), left)
        }
        return nil
    }

    public func remove(key: String) async throws {
        try await client.query("DELETE FROM console_sessions WHERE key_hash = \(Self.hash(key))", logger: logger)
    }

    private static func hash(_ key: String) -> Data {
        Data(SecretToken.digest(key))
    }
}

extension Database {
    /// The store of the console's browser sessions.
    public var consoleSessions: ConsoleSessionStore { ConsoleSessionStore(database: self) }
}
