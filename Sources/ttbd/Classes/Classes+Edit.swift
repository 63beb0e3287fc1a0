import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Classes {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a class's window, capacity or place.",
            discussion: """
                Refused (exit 65, nothing written) when a session would fall outside the new window, when fewer \
                seats than delegates seated are asked for, or when sessions have rooms at the old place. Raising \
                the capacity seats the first wait-listed delegates at once.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var code: String

        @Option(help: ArgumentHelp("The first day.", valueName: "YYYY-MM-DD"))
        var from: String?

        @Option(help: ArgumentHelp("The last day.", valueName: "YYYY-MM-DD"))
        var to: String?

        @Option(help: "How many delegates get a seat.")
        var capacity: Int?

        @Option(help: "Move it to this venue.")
        var venue: String?

        @Flag(help: "Hold it online, at no venue.")
        var online = false

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            _ = try edit()
        }

        /// The change the options describe, or the usage error that says what is wrong with them.
        func edit() throws -> ClassEdit {
            if venue != nil && online { throw ValidationError("give --venue CODE or --online, not both") }
            if let capacity, capacity <= 0 { throw ValidationError("--capacity must be positive, got \(capacity)") }
            let edit = ClassEdit(
                startsOn: try CalendarDate.argument(from, "--from"), endsOn: try CalendarDate.argument(to, "--to"),
                capacity: capacity, place: online ? .online : venue.map { .venue($0) })
            if edit.startsOn == nil && edit.endsOn == nil && edit.capacity == nil && edit.place == nil {
                throw ValidationError("say what to change: --from, --to, --capacity, --venue or --online")
            }
            return edit
        }

        func run() async throws {
            let edit = try edit()
            let edited = try await database.withOperations { [code] in try await $0.editClass(code: code, edit) }
            switch format {
            case .json: try OutputFormat.printJSON(edited)
            case .text:
                print(
                    "Class \(edited.code): \(edited.startsOn)…\(edited.endsOn), \(edited.venue ?? "online"), \(edited.enrolled)/\(edited.capacity) seated, \(edited.waitlisted) waiting."
                )
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel a class: its sessions cancelled (feeds show them so), its delegates withdrawn.",
            discussion: """
                Refused when attendance was taken, unless --force (the audit trail records who forced it). The \
                reason is kept with the class.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var code: String

        @Option(help: "Why it is cancelled (required).")
        var reason: String

        @Flag(help: "Cancel even though attendance was taken.")
        var force = false

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--reason must say why the class is cancelled")
            }
        }

        func run() async throws {
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let cancelled = try await database.withOperations { [code, force] in
                try await $0.cancelClass(code: code, reason: reason, force: force)
            }
            switch format {
            case .json: try OutputFormat.printJSON(cancelled)
            case .text:
                print(
                    "Cancelled \(cancelled.classCode) (\(cancelled.reason)): \(cancelled.sessionsCancelled) sessions cancelled, \(cancelled.delegatesWithdrawn) delegates withdrawn."
                )
            }
        }
    }
}
