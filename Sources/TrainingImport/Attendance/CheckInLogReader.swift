import Foundation
import TrainingModel

/// Reads the check-in log a door scanner or a desk exports: a header, then one row per check-in with the
/// delegate's code and the time (`YYYY-MM-DD HH:MM` at the venue, or ISO 8601 with an offset). A delegate
/// may check in more than once. A bad header throws; a bad row becomes a problem of the log beside the good
/// rows, so that matching them to sessions can report its own problems in the same run.
public struct CheckInLogReader: Sendable {
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public func read(_ data: Data) throws(InputError) -> CheckInLog {
        // A check-in may repeat, so rows are told apart by their line rather than by a key of their own.
        let rows = try SheetReader<CheckInColumn>(file: file).read(data, key: \.line.description) { cells in
            // Problems go to a copy of the cells: the sheet reader would refuse the whole file for them.
            var row = cells
            let code = row.required(.code, "the delegate's code")
            var time: CheckInTime?
            if row.required(.time, "the time of the check-in") != nil {
                time = row.value(
                    .time, expected: "YYYY-MM-DD HH:MM at the venue, or ISO 8601 with an offset such as +07:00",
                    CheckInTime.init(parsing:))
            }
            guard let code, let time else { return ReadRow(line: row.row.line, checkIn: nil, problems: row.problems) }
            let checkIn = CheckIn(
                delegateCode: code, time: time, line: row.row.line, codeColumn: row.location(.code).column,
                timeColumn: row.location(.time).column)
            return ReadRow(line: row.row.line, checkIn: checkIn, problems: [])
        }.map(\.value)
        return CheckInLog(checkIns: rows.compactMap(\.checkIn), problems: rows.flatMap(\.problems))
    }
}

/// One row of the log: its check-in, or what is wrong with it.
private struct ReadRow: Sendable {
    var line: Int
    var checkIn: CheckIn?
    var problems: [Diagnostic]
}
