import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct AddSession: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-session",
            abstract: inLanguage(
                en: "Add a session to a conference's programme, on one of its days (Vietnam's time).",
                vi: "Thêm một phiên vào chương trình hội nghị, vào một ngày của hội nghị (giờ Việt Nam)."))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(help: .inLanguage(en: "What the session is about.", vi: "Nội dung của phiên."))
        var title: String

        @Option(help: .inLanguage(en: "Who speaks.", vi: "Người trình bày."))
        var speaker: String?

        @Option(help: .inLanguage(en: "The day.", vi: "Ngày.", valueName: "YYYY-MM-DD"))
        var day: String

        @Option(help: .inLanguage(en: "When it starts.", vi: "Giờ bắt đầu.", valueName: "HH:MM"))
        var from: ClockTime

        @Option(help: .inLanguage(en: "When it ends.", vi: "Giờ kết thúc.", valueName: "HH:MM"))
        var to: ClockTime

        func validate() throws {
            _ = try CalendarDate.argument(day, "--day")
            guard from < to else { throw ValidationError(localized("--to \(to) is not after --from \(from)")) }
            try TTBD.Conferences.requireText(title, "--title")
        }

        func run() async throws {
            let day = try CalendarDate.argument(day, "--day")!
            let number = try await database.withOperations {
                try await $0.addConferenceSession(
                    conference: conference.code, title: title.precomposedStringWithCanonicalMapping,
                    speaker: speaker?.precomposedStringWithCanonicalMapping, day: day, from: from, to: to)
            }
            print(localized("Added session \(number) to conference \(conference.code): \(day: day) \(from)–\(to)."))
        }
    }
}
