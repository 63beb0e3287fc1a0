import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD.Outbox {
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry",
            abstract: inLanguage(
                en: "Make failed notices due again, with a fresh count of tries.",
                vi: "Đưa các thông báo gửi lỗi về lại hàng chờ gửi, đếm lại số lần gửi từ đầu."))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The notices' numbers (`ttbd outbox list --failed`).",
                vi: "Số của các thông báo (xem `ttbd outbox list --failed`)."))
        var ids: [Int] = []

        @Flag(help: .inLanguage(en: "Every failed notice.", vi: "Mọi thông báo gửi lỗi."))
        var allFailed = false

        func validate() throws {
            guard ids.isEmpty == allFailed else {
                throw ValidationError(localized("name the notices (their numbers) or give --all-failed, not both"))
            }
        }

        func run() async throws {
            let ids = allFailed ? nil : ids
            let retried = try await database.withDatabase { try await $0.outbox.retry(ids: ids, now: Date()) }
            print(
                localized(
                    retried.count == 1
                        ? "\(number: retried.count) notice is due again."
                        : "\(number: retried.count) notices are due again."))
        }
    }
}
