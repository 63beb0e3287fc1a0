import Foundation

/// Moodle's course completion report (report/completion, "Download in spreadsheet format"), read: one row per
/// tracked user, with who they are and when, if ever, they completed the course.
public struct MoodleCompletionReport: Sendable, Hashable {
    public var rows: [MoodleCompletion]
    /// Problems of single rows (a date that cannot be read), kept beside the good rows so that matching them
    /// to delegates reports its own problems in the same run.
    public var problems: [Diagnostic]

    public init(rows: [MoodleCompletion], problems: [Diagnostic]) {
        self.rows = rows
        self.problems = problems
    }
}

/// One user of the report.
public struct MoodleCompletion: Sendable, Hashable {
    /// Which of the report's identity columns names the user, and so which ttbd field it is matched against.
    public enum Identity: String, Sendable {
        /// Moodle's ID number, which the export fills with the delegate's code.
        case idNumber
        /// The username, the delegate's code in lower case.
        case username
        case email
    }

    public var line: Int
    public var identity: Identity
    /// The value of the identity column (a code, a username or an e-mail address).
    public var user: String
    /// The user's name as Moodle shows it, for messages.
    public var name: String
    /// When the course was completed, or `nil` when it was not.
    public var completedAt: Date?
    /// Columns of the identity and of the completion date, for problems.
    public var userColumn: Int
    public var completionColumn: Int

    public init(
        line: Int, identity: Identity, user: String, name: String, completedAt: Date?, userColumn: Int,
        completionColumn: Int
    ) {
        self.line = line
        self.identity = identity
        self.user = user
        self.name = name
        self.completedAt = completedAt
        self.userColumn = userColumn
        self.completionColumn = completionColumn
    }
}
