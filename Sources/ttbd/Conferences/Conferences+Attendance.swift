import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: inLanguage(
                en: "Mark registered delegates present at a session of the programme.",
                vi: "Điểm danh có mặt các đại biểu đã đăng ký tại một phiên của chương trình."))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(
            help: .inLanguage(
                en: "The session's number in the programme.", vi: "Số thứ tự của phiên trong chương trình."))
        var session: Int

        @Option(
            help: .inLanguage(
                en: "Codes of the delegates present, comma-separated.",
                vi: "Mã các đại biểu có mặt, cách nhau bằng dấu phẩy.", valueName: "D1,D2"))
        var present: String

        func validate() throws {
            try TTBD.Conferences.requireText(present.replacingOccurrences(of: ",", with: ""), "--present")
        }

        func run() async throws {
            let delegates = commaSeparated(present)
            let marked = try await database.withOperations {
                try await $0.markConferenceAttendance(
                    conference: conference.code, session: session, delegates: delegates)
            }
            print(
                localized(
                    "Session \(session) of conference \(conference.code): \(number: marked) marked present, \(number: delegates.count - marked) already marked."
                ))
        }
    }
}
