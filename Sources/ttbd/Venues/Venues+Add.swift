import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Venues {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a venue: where classes meet, its time zone and the hours of its half-days.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The venue's code, e.g. HN.")
        var code: String

        @Option(help: "Its name, e.g. 'Hội trường Hà Nội'.")
        var name: String

        @Option(help: "Province code, e.g. 01.")
        var province: String?

        @Option(help: "Street address.")
        var address: String?

        @Option(help: "IANA time zone.")
        var timeZone = Venue.defaultTimeZone

        @Option(help: "Hours of the morning half-day (sáng).")
        var morning = Venue.defaultMorning

        @Option(help: "Hours of the afternoon half-day (chiều).")
        var afternoon = Venue.defaultAfternoon

        @Flag(help: "Classes here meet online.")
        var online = false

        var venue: Venue {
            Venue(
                code: code, name: name, provinceCode: province, address: address, timeZone: timeZone,
                morning: morning, afternoon: afternoon, online: online)
        }

        func validate() throws {
            _ = try ResourceArgument.code(code, "--code")
            guard TimeZone(identifier: timeZone) != nil else {
                throw ValidationError("--time-zone '\(timeZone)' is not an IANA zone such as Asia/Ho_Chi_Minh")
            }
            if let problem = venue.hoursProblem { throw ValidationError(problem) }
        }

        func run() async throws {
            let venue = venue
            _ = try await database.withOperations { try await $0.saveVenues([venue], updating: false) }
            let hours: Message = "sáng \(venue.morning), chiều \(venue.afternoon), \(venue.timeZone)"
            print(
                localized(
                    venue.online
                        ? "Added venue \(venue.code) (\(venue.name)): \(hours), online."
                        : "Added venue \(venue.code) (\(venue.name)): \(hours)."))
        }
    }
}
