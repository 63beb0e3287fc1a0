import Foundation
import HummingbirdTesting
import TrainingOperations
import TrainingService

/// ``ServiceWorld`` with console passwords for staff `sam`, admin `ada` and lecturers `lan` and `binh`.
enum ConsoleWorld {
    static let password = "mật khẩu đủ dài 2026"

    static func with(
        configuration: ServiceConfiguration = ServiceConfiguration(jobsInterval: nil),
        clock: ManualClock = ManualClock(ServiceWorld.now),
        _ body: @Sendable (ServiceWorld, ConsoleVisitor) async throws -> Void
    ) async throws {
        try await ServiceWorld.with(configuration: configuration, clock: clock) { world, client in
            try await setPasswords(world)
            try await body(world, ConsoleVisitor(client))
        }
    }

    /// Cost 4, the least bcrypt takes: the tests check the console, not bcrypt's cost.
    static func setPasswords(_ world: ServiceWorld) async throws {
        let operations = TrainingOperations(database: world.database)
        for username in ["sam", "ada", "lan", "binh"] {
            try await operations.setConsolePassword(username: username, password: password, cost: 4)
        }
    }
}
