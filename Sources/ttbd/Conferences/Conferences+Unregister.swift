import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Unregister: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unregister",
            abstract: inLanguage(
                en: "Withdraw a delegate's registration for a conference, which frees their body's seat.",
                vi: "Hủy đăng ký dự hội nghị của một đại biểu; cơ quan của đại biểu được trả lại một chỗ."),
            discussion: inLanguage(
                en: "Refused once the delegate has been marked present at a session.",
                vi: "Không thực hiện khi đại biểu đã được điểm danh có mặt tại một phiên."))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var delegate: String

        func run() async throws {
            let withdrawn = try await database.withOperations {
                try await $0.unregisterFromConference(conference: conference.code, delegate: delegate)
            }
            print(
                localized(
                    "Unregistered \(withdrawn.delegateCode) \(withdrawn.fullName) (\(withdrawn.body)) from conference \(conference.code); the seat is free."
                ))
        }
    }
}
