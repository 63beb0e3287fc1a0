import ArgumentParser
import Foundation
import Spreadsheets
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Attendance {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Mark delegates present or late from a check-in log, all or nothing.",
            discussion: """
                Columns: code (Mã đại biểu) and time (Thời gian) as YYYY-MM-DD HH:MM at the venue or ISO 8601 \
                with an offset. Present when checked in by the session's start plus --grace minutes, late after. \
                Without --session each check-in goes to the delegate's own session containing the time or \
                starting within the hour after it. A check-in never lowers a mark. Any bad row: exit 65, each \
                problem as file:line:column, nothing written.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The check-in log: CSV (UTF-8) or an .xlsx workbook.")
        var file: String

        @OptionGroup var sheet: SheetOption

        @Option(help: "Every check-in is for this session.")
        var session: Int?

        @Option(help: "Minutes after the start a check-in still counts as present.")
        var grace = 10

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if grace < 0 { throw ValidationError("--grace must be 0 or more minutes, got \(grace)") }
        }

        func run() async throws {
            let table = try TableData(path: file, sheet: sheet.sheet, expected: "a check-in log (CSV or .xlsx)")
            let (file, session, grace) = (file, session, grace)
            let result = try await table.reading { data in
                let log = try CheckInLogReader(file: file).read(data)
                return try await database.withOperations {
                    try await $0.importCheckIns(log, file: file, session: session, graceMinutes: grace)
                }
            }
            switch format {
            case .json: try OutputFormat.printJSON(result)
            case .text:
                let changes = result.changes
                let checkIns = result.checkIns == 1 ? "1 check-in" : "\(result.checkIns) check-ins"
                let sessions = result.sessions == 1 ? "1 session" : "\(result.sessions) sessions"
                print(
                    "Imported \(file): \(checkIns) at \(sessions), \(result.present) present and \(result.late) late; "
                        + "marks: \(changes.added) new, \(changes.changed) changed, \(changes.unchanged) unchanged.")
            }
        }
    }
}
