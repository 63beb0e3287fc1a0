import ArgumentParser
import Foundation
import TrainingStore

extension TTBD.Outbox {
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry", abstract: "Make failed notices due again, with a fresh count of tries.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The notices' numbers (`ttbd outbox list --failed`).")
        var ids: [Int] = []

        @Flag(help: "Every failed notice.")
        var allFailed = false

        func validate() throws {
            guard ids.isEmpty == allFailed else {
                throw ValidationError("name the notices (their numbers) or give --all-failed, not both")
            }
        }

        func run() async throws {
            let ids = allFailed ? nil : ids
            let retried = try await database.withDatabase { try await $0.outbox.retry(ids: ids, now: Date()) }
            print("\(retried.count) notice\(retried.count == 1 ? " is" : "s are") due again.")
        }
    }
}
