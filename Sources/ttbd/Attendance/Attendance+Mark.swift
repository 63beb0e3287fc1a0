import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Attendance {
    struct Mark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Mark delegates present, late, excused or absent at a session; marking again replaces the mark.",
            discussion: """
                Only delegates enrolled in the session's class can be marked: one who is not refuses the whole \
                marking (exit 65) and nothing is written.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id.")
        var session: Int

        @Option(help: ArgumentHelp("Delegate codes, comma-separated.", valueName: "C1,C2"))
        var present: [String] = []

        @Option(help: ArgumentHelp("Delegate codes, comma-separated.", valueName: "C1,C2"))
        var late: [String] = []

        @Option(help: ArgumentHelp("Delegate codes, comma-separated.", valueName: "C1,C2"))
        var excused: [String] = []

        @Option(help: ArgumentHelp("Delegate codes, comma-separated.", valueName: "C1,C2"))
        var absent: [String] = []

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        /// Each code with its mark; a code given twice is a usage error.
        func marks() throws -> [String: AttendanceStatus] {
            var marks: [String: AttendanceStatus] = [:]
            let lists: [(AttendanceStatus, [String])] = [
                (.present, present), (.late, late), (.excused, excused), (.absent, absent),
            ]
            for (status, values) in lists {
                for code in values.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }
                )
                where !code.isEmpty {
                    if let earlier = marks.updateValue(status, forKey: code) {
                        throw ValidationError(
                            "delegate \(code) is given as both \(earlier) and \(status); give one mark")
                    }
                }
            }
            return marks
        }

        func validate() throws {
            if try marks().isEmpty {
                throw ValidationError("give at least one delegate with --present, --late, --excused or --absent")
            }
        }

        func run() async throws {
            let marks = try marks()
            let session = session
            let changes = try await database.withOperations {
                try await $0.markAttendance(session: session, marks: marks)
            }
            switch format {
            case .json: try OutputFormat.printJSON(changes)
            case .text:
                print(
                    "Marked \(marks.count) at session \(session): \(changes.added) new, \(changes.changed) changed, "
                        + "\(changes.unchanged) unchanged.")
            }
        }
    }
}
