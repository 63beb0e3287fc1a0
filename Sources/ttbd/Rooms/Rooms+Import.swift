import ArgumentParser
import TrainingImport

extension TTBD.Rooms {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add or update rooms from a CSV, by venue and code, all or nothing.",
            discussion: """
                Columns (English or Vietnamese header, any order): venue, code, name, capacity, zone, online. \
                Any bad cell means nothing is written (exit 65).
                """)

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(
                read: { try RoomSheet(file: $0, reference: $2).read($1) },
                save: { try await $0.saveRooms($1, updating: true) })
        }
    }
}
