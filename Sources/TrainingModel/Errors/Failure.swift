/// What kind of failure an error is, so every edge (CLI exit code, HTTP status) maps it the same way.
///
/// The raw values are the `sysexits.h` codes the command line returns.
public enum FailureKind: Int32, Sendable, CaseIterable {
    /// The command line was wrong (`EX_USAGE`).
    case usage = 64
    /// The input data was wrong: a file, a value, a state the request cannot apply to (`EX_DATAERR`).
    case badData = 65
    /// The database or another service could not be reached (`EX_UNAVAILABLE`).
    case unavailable = 69
    /// A bug or an unexpected state inside ttbd (`EX_SOFTWARE`).
    case `internal` = 70
}

/// An error whose message a person can act on, and which says what kind of failure it is.
public protocol UserFacingError: Error, CustomStringConvertible {
    var kind: FailureKind { get }
    /// What the person can do about it, for the front end to word; `nil` when the message says it all.
    var remedy: Remedy? { get }
    /// The message in `language`; in English (``description``) where it has no translation.
    func text(in language: Language) -> String
}

extension UserFacingError {
    public var remedy: Remedy? { nil }
    public func text(in language: Language) -> String { description }
}
