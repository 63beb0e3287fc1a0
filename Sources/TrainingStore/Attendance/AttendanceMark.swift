public import TrainingModel

/// A delegate of a session and their mark, for `attendance show`.
public struct AttendanceMark: Sendable, Encodable {
    public var delegateCode: String
    public var fullName: String
    /// `nil` while unmarked.
    public var status: AttendanceStatus?
    /// `HH:MM` at the venue, when the mark came from a check-in.
    public var checkedInAt: String?
}
