import Foundation
import TrainingModel

/// Reads the CSV that Moodle's course completion report downloads (report/completion/index.php with
/// `format=csv` or `excelcsv`; https://docs.moodle.org/en/Course_completion#Course_completion_report).
///
/// Moodle writes, in this order: `ID` (its own user id), `Name`, the site's user identity fields (Site
/// administration › Users › Permissions › User policies › Show user identity: `Email address`, `ID number`,
/// `Username`, …), for each activity criterion its name and `<name> - Completion date`, one column per other
/// criterion, and last `Course complete`, holding the date of completion or nothing. Dates are the reader's
/// `strftimedatetimeshort`: `05/03/26, 14:30` in English, `05/03/2026 14:30` in the Vietnamese language pack,
/// read here as Vietnam time. The headers are the English ones Moodle's source defines; the identity column
/// that names the delegate is the first of `ID number` (the delegate's code, as `ttbd export moodle` fills
/// it), `Username` and `Email address` the report has.
public struct MoodleCompletionReader: Sendable {
    public let file: String

    public init(file: String) {
        self.file = file
    }

    /// The identity columns in the order they are preferred, with the header Moodle gives each.
    static let identityHeaders: [(MoodleCompletion.Identity, String)] = [
        (.idNumber, "id number"), (.username, "username"), (.email, "email address"),
    ]

    public func read(_ data: Data) throws(InputError) -> MoodleCompletionReport {
        let table = try CSVReader(file: file).read(data)
        let headers = table.header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard headers.count >= 3,
            let (identity, userIndex) = Self.identityHeaders.lazy.compactMap({ identity, header in
                headers.firstIndex(of: header).map { (identity, $0) }
            }).first
        else {
            throw InputError(
                at: SourceLocation(file: file, line: table.header.line, column: 1),
                """
                the header has no column naming the user; expected Moodle's course completion report with \
                ID number, Username or Email address among the user identity fields
                """)
        }
        let completionIndex = headers.count - 1
        var rows: [MoodleCompletion] = []
        var problems: [Diagnostic] = []
        var linesByUser: [String: Int] = [:]
        for row in table.rows {
            guard row.fields.count == headers.count else {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: row.line, column: 1),
                        """
                        the row has \(number: row.fields.count) fields but the header has \(number: headers.count); \
                        expected one field per column (quote fields that contain \(table.delimiter))
                        """))
                continue
            }
            let user = row.fields[userIndex].trimmingCharacters(in: .whitespaces)
            let userLocation = SourceLocation(file: file, line: row.line, column: row.columns[userIndex])
            guard !user.isEmpty else {
                problems.append(
                    Diagnostic(at: userLocation, "\(table.header.fields[userIndex]) is empty; expected who the row is"))
                continue
            }
            if let first = linesByUser.updateValue(row.line, forKey: user.lowercased()) {
                problems.append(
                    Diagnostic(at: userLocation, "\(user) is already on line \(first); expected each user once"))
                continue
            }
            let completion = row.fields[completionIndex].trimmingCharacters(in: .whitespaces)
            var completedAt: Date?
            if !completion.isEmpty {
                completedAt = Self.date(completion)
                if completedAt == nil {
                    problems.append(
                        Diagnostic(
                            at: SourceLocation(file: file, line: row.line, column: row.columns[completionIndex]),
                            """
                            '\(completion)' is not a completion date; expected Moodle's DD/MM/YY, HH:MM such as \
                            05/03/26, 14:30 (or DD/MM/YYYY HH:MM), or nothing when the course is not complete
                            """))
                    continue
                }
            }
            rows.append(
                MoodleCompletion(
                    line: row.line, identity: identity, user: user, name: row.fields[1], completedAt: completedAt,
                    userColumn: row.columns[userIndex], completionColumn: row.columns[completionIndex]))
        }
        return MoodleCompletionReport(rows: rows, problems: problems)
    }

    /// `05/03/26, 14:30` or `05/03/2026 14:30`, Vietnam time.
    static func date(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == " " || $0 == ":" })
        guard parts.count == 5, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            let hour = Int(parts[3]), let minute = Int(parts[4]),
            parts[2].count == 2 || parts[2].count == 4, (0..<24).contains(hour), (0..<60).contains(minute),
            let date = CalendarDate(year: parts[2].count == 2 ? 2000 + year : year, month: month, day: day)
        else { return nil }
        return date.midnightInVietnam.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }
}
