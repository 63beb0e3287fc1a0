import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingStore

/// hummingbird-auth's session storage on the database (`console_sessions`), so that every `ttbd serve` behind
/// a load balancer knows every signed-in browser, and a restart signs nobody out.
struct ConsolePersistDriver: PersistDriver {
    let database: Database

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try await database.consoleSessions.create(key: key, value: JSONEncoder().encode(value), lifetime: expires)
        else { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await database.consoleSessions.set(key: key, value: JSONEncoder().encode(value), lifetime: expires)
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (
        object: Object, ttl: Duration?
    )? {
        guard let (value, secondsLeft) = try await database.consoleSessions.get(key: key) else { return nil }
        do {
            return (try JSONDecoder().decode(Object.self, from: value), secondsLeft.map { .seconds($0) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await database.consoleSessions.remove(key: key)
    }
}
