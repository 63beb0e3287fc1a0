import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Rooms {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a room to a venue.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The venue's code.")
        var venue: String

        @Option(help: "The room's code within its venue, e.g. P1.")
        var code: String

        @Option(help: "Its name, e.g. 'Phòng 101'.")
        var name: String

        @Option(help: "Seats.")
        var capacity: Int

        @Option(help: "Where in the venue, e.g. 'Nhà A, tầng 2'.")
        var zone: String?

        @Flag(help: "An online room (a meeting link rather than a place).")
        var online = false

        func validate() throws {
            _ = try ResourceArgument.code(venue, "--venue")
            _ = try ResourceArgument.code(code, "--code")
            if capacity <= 0 { throw ValidationError("--capacity must be above 0, got \(capacity)") }
        }

        func run() async throws {
            let room = Room(venueCode: venue, code: code, name: name, capacity: capacity, zone: zone, online: online)
            _ = try await database.withOperations { try await $0.saveRooms([room], updating: false) }
            print(localized("Added room \(room.qualifiedCode) (\(room.name)), \(number: room.capacity) seats."))
        }
    }
}
