import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Classes {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Open a class of a program, at a venue or online, with its cohorts N1…Nk.",
            discussion: """
                The modules must belong to the program (default: all of them), the venue must exist, and the \
                window must lie in the program's term.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The class's code, e.g. B-HN-01.")
        var code: String

        @Option(help: "The program's code, e.g. CT-B.")
        var curriculum: String

        @Option(help: ArgumentHelp("Only these modules of the program, comma-separated.", valueName: "A01,A02"))
        var modules: String?

        @Option(help: "How many delegates get a seat; the others are wait-listed.")
        var capacity: Int

        @Option(help: "The venue's code.")
        var venue: String?

        @Flag(help: "Held online, at no venue.")
        var online = false

        @Option(help: ArgumentHelp("The first day.", valueName: "YYYY-MM-DD"))
        var from: String

        @Option(help: ArgumentHelp("The last day.", valueName: "YYYY-MM-DD"))
        var to: String

        @Option(
            help: ArgumentHelp(
                "Who the class is for, on top of the program's audience: tokens such as first-time or council+full-time, comma-separated.",
                valueName: "first-time,…"))
        var audience: String?

        @Option(help: "How many cohorts (N1, N2, …).")
        var cohorts = 1

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            _ = try newClass()
        }

        /// The class the options describe, or the usage error that says what is wrong with them.
        func newClass() throws -> NewClass {
            guard (venue != nil) != online else {
                throw ValidationError("give either --venue CODE or --online")
            }
            guard capacity > 0 else { throw ValidationError("--capacity must be positive, got \(capacity)") }
            guard (1...capacity).contains(cohorts) else {
                throw ValidationError("--cohorts must be from 1 to the capacity (\(capacity)), got \(cohorts)")
            }
            let first = try CalendarDate.argument(from, "--from")!
            let last = try CalendarDate.argument(to, "--to")!
            guard first <= last else { throw ValidationError("--to \(last) is before --from \(first)") }
            let tokens = Self.list(audience)
            let parsedAudience: Audience
            do {
                parsedAudience = try Audience(parsing: tokens)
            } catch {
                throw ValidationError("--audience: \(error)")
            }
            return NewClass(
                code: code, program: curriculum, modules: Self.list(modules), capacity: capacity, venue: venue,
                startsOn: first, endsOn: last, audience: parsedAudience, cohorts: cohorts)
        }

        static func list(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func run() async throws {
            let new = try newClass()
            let created = try await database.withOperations { try await $0.createClass(new) }
            switch format {
            case .json: try OutputFormat.printJSON(created)
            case .text:
                let place: Message = created.venue.map { "at \($0)" } ?? "online"
                let cohorts = (1...new.cohorts).map { "N\($0)" }.joined(separator: ", ")
                let days: Message = "\(day: created.startsOn) to \(day: created.endsOn)"
                print(
                    localized(
                        "Created class \(created.code) of \(created.program) \(place), \(days), capacity \(number: created.capacity), cohorts \(cohorts)."
                    ))
            }
        }
    }
}
