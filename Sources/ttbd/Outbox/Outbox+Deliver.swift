import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Outbox {
    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deliver",
            abstract: inLanguage(
                en: "Send the notices that are due, once.", vi: "Gửi một lượt các thông báo đã đến hạn gửi."))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(en: "Try at most this many notices.", vi: "Số thông báo tối đa được gửi trong lượt này."))
        var limit = 1_000

        func validate() throws {
            guard limit > 0 else { throw ValidationError(localized("--limit is at least 1")) }
        }

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let channels = try NoticeChannels.from(environment: environment)
            guard !channels.isEmpty else {
                throw ValidationError(
                    localized(
                        "set TTBD_SMTP_URL (and TTBD_SMTP_FROM) to the SMTP server notices go through, "
                            + "or TTBD_WEBHOOK_URL (and TTBD_WEBHOOK_SECRET) to the center's webhook"))
            }
            let limit = limit
            let summary = try await database.withOperations {
                try await $0.deliverNotices(through: channels, limit: limit)
            }
            let (delivered, postponed) = (summary.delivered, summary.postponed)
            let (failed, dropped) = (summary.failed, summary.dropped)
            print(
                localized(
                    delivered == 1
                        ? "Delivered \(number: delivered) notice; \(number: postponed) put off to try again, "
                            + "\(number: failed) failed, \(number: dropped) dropped unsent (out of date or unwanted)."
                        : "Delivered \(number: delivered) notices; \(number: postponed) put off to try again, "
                            + "\(number: failed) failed, \(number: dropped) dropped unsent (out of date or unwanted)."))
        }
    }
}
