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

        @OptionGroup var attendance: AttendanceMarks

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let marks = try attendance.marks()
            let session = session
            let changes = try await database.withOperations {
                try await $0.markAttendance(session: session, marks: marks)
            }
            switch format {
            case .json: try OutputFormat.printJSON(changes)
            case .text:
                print(AttendanceMarks.summary(marks.count, session: session, changes))
            }
        }
    }
}
