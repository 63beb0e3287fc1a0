import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Outbox {
    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deliver", abstract: "Send the notices that are due, once.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Try at most this many notices.")
        var limit = 1_000

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit is at least 1") }
        }

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let channels = try NoticeChannels.from(environment: environment)
            guard !channels.isEmpty else {
                throw ValidationError(
                    "set TTBD_SMTP_URL (and TTBD_SMTP_FROM) to the SMTP server notices go through, "
                        + "or TTBD_WEBHOOK_URL (and TTBD_WEBHOOK_SECRET) to the center's webhook")
            }
            let limit = limit
            let summary = try await database.withOperations {
                try await $0.deliverNotices(through: channels, limit: limit)
            }
            print(
                "Delivered \(summary.delivered) notice\(summary.delivered == 1 ? "" : "s"); \(summary.postponed) put "
                    + "off to try again, \(summary.failed) failed, \(summary.dropped) dropped unsent (out of date or unwanted)."
            )
        }
    }
}
