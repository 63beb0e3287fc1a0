import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "register",
            abstract: inLanguage(
                en: "Register delegates of invited bodies for a conference, all of them or none.",
                vi: "Đăng ký đại biểu của các cơ quan được mời dự hội nghị, tất cả hoặc không ai."),
            discussion: inLanguage(
                en: "Each delegate is registered by their own body, which must be invited and have a seat left.",
                vi: "Mỗi đại biểu được đăng ký theo cơ quan của mình; cơ quan đó phải được mời và còn chỗ."))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(
            help: .inLanguage(
                en: "Delegate codes, comma-separated.", vi: "Mã đại biểu, cách nhau bằng dấu phẩy.", valueName: "D1,D2")
        )
        var delegates: String

        @OptionGroup var output: ListOutput

        func validate() throws {
            try TTBD.Conferences.requireText(delegates.replacingOccurrences(of: ",", with: ""), "--delegates")
        }

        func run() async throws {
            let registered = try await database.withOperations {
                try await $0.registerForConference(
                    conference: conference.code, delegates: commaSeparated(delegates))
            }
            try output.print(
                registered, columns: Self.columns, title: "Đăng ký dự hội nghị", noun: "delegate registered",
                plural: "delegates registered")
        }

        static let columns: [ListColumn<ConferenceRegistration>] = [
            ListColumn("Mã đại biểu", csv: "delegate") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn("Cơ quan", csv: "body") { $0.body },
        ]
    }
}
