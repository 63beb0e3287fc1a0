import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Venues {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(
                en: "Add a venue: where classes meet, its time zone and the hours of its half-days.",
                vi: "Thêm một địa điểm: nơi các lớp học, múi giờ và giờ học buổi sáng, buổi chiều của địa điểm."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The venue's code, e.g. HN.", vi: "Mã địa điểm, ví dụ HN."))
        var code: String

        @Option(
            help: .inLanguage(
                en: "Its name, e.g. 'Hội trường Hà Nội'.", vi: "Tên địa điểm, ví dụ 'Hội trường Hà Nội'."))
        var name: String

        @Option(help: .inLanguage(en: "Province code, e.g. 01.", vi: "Mã tỉnh, ví dụ 01."))
        var province: String?

        @Option(help: .inLanguage(en: "Street address.", vi: "Địa chỉ (số nhà, đường phố)."))
        var address: String?

        @Option(help: .inLanguage(en: "IANA time zone.", vi: "Múi giờ IANA."))
        var timeZone = Venue.defaultTimeZone

        @Option(help: .inLanguage(en: "Hours of the morning half-day (sáng).", vi: "Giờ học buổi sáng."))
        var morning = Venue.defaultMorning

        @Option(help: .inLanguage(en: "Hours of the afternoon half-day (chiều).", vi: "Giờ học buổi chiều."))
        var afternoon = Venue.defaultAfternoon

        @Flag(help: .inLanguage(en: "Classes here meet online.", vi: "Các lớp tại địa điểm này học trực tuyến."))
        var online = false

        var venue: Venue {
            Venue(
                code: code, name: name, provinceCode: province, address: address, timeZone: timeZone,
                morning: morning, afternoon: afternoon, online: online)
        }

        func validate() throws {
            _ = try ResourceArgument.code(code, "--code")
            guard TimeZone(identifier: timeZone) != nil else {
                throw ValidationError(
                    localized("--time-zone '\(timeZone)' is not an IANA zone such as Asia/Ho_Chi_Minh"))
            }
            if let problem = venue.hoursProblem { throw ValidationError(localized(problem)) }
        }

        func run() async throws {
            let venue = venue
            _ = try await database.withOperations { try await $0.saveVenues([venue], updating: false) }
            let hours: Message = "morning \(venue.morning), afternoon \(venue.afternoon), \(venue.timeZone)"
            print(
                localized(
                    venue.online
                        ? "Added venue \(venue.code) (\(venue.name)): \(hours), online."
                        : "Added venue \(venue.code) (\(venue.name)): \(hours)."))
        }
    }
}
