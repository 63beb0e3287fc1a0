import Foundation
import HummingbirdBcrypt
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// The shortest password the console takes: long enough that the failure limit makes guessing hopeless.
    public static let shortestPassword = 10

    /// Sets the console password of `username` (staff, lecturer or admin), hashed with bcrypt at `cost`, and
    /// signs that account's browsers out.
    public func setConsolePassword(username: String, password: String, cost: UInt8 = 12) async throws {
        guard password.count >= Self.shortestPassword else {
            throw StoreError(.refused, "a password has at least \(number: Self.shortestPassword) characters")
        }
        guard password.lowercased() != username.lowercased() else {
            throw StoreError(.refused, "a password must not be the username")
        }
        let hash = Bcrypt.hash(password, cost: cost)
        try await database.transaction(dryRun: false) {
            try await database.accounts.setPasswordHash(hash, username: username, in: $0)
        }
    }

    /// The account whose username and password these are, or nil. An unknown username costs the same bcrypt
    /// check as a known one, so the time of an answer does not tell which usernames exist.
    public func consoleAccount(username: String, password: String) async throws -> Account? {
        let found = try await database.accounts.consoleSignIn(username: username)
        let matches = Bcrypt.verify(password, hash: found?.bcryptHash ?? Self.unknownUserHash)
        return matches ? found?.account : nil
    }

    /// A hash of the default cost that no password matches (of a random text nobody keeps), for unknown usernames.
    private static let unknownUserHash = Bcrypt.hash(UUID().uuidString)
}
