public import Foundation

/// What one run of a background job did, as `job_runs` records it.
public struct JobOutcome: Sendable, Equatable {
    public var job: BackgroundJob
    /// The process that ran it: `host:pid`.
    public var runner: String
    /// The instant the job worked for (the `now` it was given).
    public var asOf: Date
    /// Reminders or survey notices written, or sessions closed.
    public var rowsChanged: Int
}
