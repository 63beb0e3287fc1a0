import ArgumentParser
import Foundation
import PrintedPages
import TrainingStore

extension TTBD.Attendance {
    struct Sheet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sheet",
            abstract: "Write the attendance sheet of a session: an HTML page to print on A4 with a column to sign.",
            discussion: "The cohort's delegates in Vietnamese name order; times in the venue's local time.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id.")
        var session: Int

        @Option(help: ArgumentHelp("Write the page to this file instead of standard output.", valueName: "sheet.html"))
        var output: String?

        func run() async throws {
            let session = session
            let (header, delegates) = try await database.withDatabase {
                try await $0.attendance.attendanceSheet(session: session)
            }
            let page = AttendanceSheetPage(session: header, delegates: delegates).render()
            guard let output else {
                print(page, terminator: "")
                return
            }
            try page.write(toFile: output, atomically: true, encoding: .utf8)
            printError("Wrote the attendance sheet of \(header.label) to \(output) (\(delegates.count) delegates).")
        }
    }
}
