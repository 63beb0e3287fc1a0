import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite",
            abstract: inLanguage(
                en: "Invite the HĐND of more provinces, or change the seats of those invited.",
                vi: "Mời thêm HĐND của các tỉnh khác, hoặc đổi số chỗ của các cơ quan đã được mời."))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(
            help: .inLanguage(
                en: "Province codes, comma-separated.", vi: "Mã tỉnh, cách nhau bằng dấu phẩy.", valueName: "01,22"))
        var provinces: String

        @Option(
            help: .inLanguage(
                en: "Delegates each of them may register; default: no limit.",
                vi: "Số đại biểu mỗi cơ quan được đăng ký; mặc định: không giới hạn."))
        var seats: Int?

        func validate() throws {
            try TTBD.Conferences.requireText(provinces.replacingOccurrences(of: ",", with: ""), "--provinces")
            if let seats, seats <= 0 { throw ValidationError(localized("--seats must be positive, got \(seats)")) }
        }

        func run() async throws {
            let bodies = try await database.withOperations {
                try await $0.inviteToConference(
                    conference: conference.code, provinces: commaSeparated(provinces), seats: seats)
            }
            print(localized("Invited to conference \(conference.code): \(bodies.joined(separator: ", "))."))
        }
    }
}
