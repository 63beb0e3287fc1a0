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
            guard let settings = try SMTPSettings.from(environment: environment) else {
                throw ValidationError("set TTBD_SMTP_URL (and TTBD_SMTP_FROM) to the SMTP server notices go through")
            }
            let channel = try MsmtpChannel(settings: settings, environment: environment)
            let limit = limit
            let summary = try await database.withOperations {
                try await $0.deliverNotices(through: channel, from: MailSender(address: settings.from), limit: limit)
            }
            print(
                "Delivered \(summary.delivered) notice\(summary.delivered == 1 ? "" : "s"); \(summary.postponed) put "
                    + "off to try again, \(summary.failed) failed, \(summary.dropped) dropped as out of date.")
        }
    }
}
