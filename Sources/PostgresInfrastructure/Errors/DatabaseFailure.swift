import NIOCore
package import PostgresNIO
import TrainingModel

/// Reads what the server said out of postgres-nio's errors, so callers can decide by SQLSTATE and show
/// people the server's message instead of the error's debug dump.
public enum DatabaseFailure {
    /// The server's error of `error`, looking inside transaction errors.
    package static func serverError(in error: any Error) -> PSQLError? {
        if let psql = error as? PSQLError { return psql }
        if let transaction = error as? PostgresTransactionError {
            for inner in [transaction.closureError, transaction.commitError, transaction.beginError] {
                if let inner, let psql = serverError(in: inner) { return psql }
            }
        }
        return nil
    }

    /// The SQLSTATE the server gave, e.g. `23505` for a unique violation.
    public static func sqlState(of error: any Error) -> String? {
        serverError(in: error)?.serverInfo?[.sqlState]
    }

    /// The constraint the server named, e.g. `sessions_room_free`.
    public static func constraint(of error: any Error) -> String? {
        serverError(in: error)?.serverInfo?[.constraintName]
    }

    /// Whether `error` says the server could not be reached (no SQLSTATE: the connection failed, or the pool's
    /// circuit breaker failed the request at once after failing to connect for a while), so a caller can ask
    /// its client to retry instead of reporting a bug.
    public static func isConnectionFailure(_ error: any Error) -> Bool {
        if serverError(in: error) != nil, sqlState(of: error) == nil { return true }
        // A write on a connection the server had just closed (it crashed mid-COPY): NIO's own error, unwrapped.
        if let channel = error as? ChannelError, [.ioOnClosedChannel, .alreadyClosed, .eof].contains(channel) {
            return true
        }
        return String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError")
    }

    /// Whether the server ran out of disk space, memory or connections (SQLSTATE class 53), e.g. `53100`
    /// "could not extend file …: No space left on device".
    public static func isOutOfResources(_ error: any Error) -> Bool {
        sqlState(of: error)?.hasPrefix("53") == true
    }

    /// Whether the server refused a value (SQLSTATE class 22: text it cannot hold, such as a NUL byte, or a
    /// number out of range).
    public static func isDataException(_ error: any Error) -> Bool {
        sqlState(of: error)?.hasPrefix("22") == true
    }

    /// One line a person can read: the server's message, or what kind of connection failure it was; in English.
    public static func summary(of error: any Error) -> String {
        summaryWording(of: error).description
    }

    /// One line a person can read, worded in the reader's language: the server's message (as the server wrote
    /// it), or what kind of connection failure it was.
    public static func summaryWording(of error: any Error) -> Message {
        if let message = serverError(in: error)?.serverInfo?[.message] { return Message(verbatim: message) }
        let detail = String(describing: serverError(in: error)?.underlying ?? error)
        for (symptom, meaning) in connectionSymptoms where detail.contains(symptom) {
            return meaning
        }
        return Message(verbatim: detail)
    }

    /// What the operating system's words mean for someone starting ttbd.
    private static let connectionSymptoms: [(String, Message)] = [
        ("Connection refused", "the server refused the connection (is it running on that host and port?)"),
        ("Connection reset by peer", "the server closed the connection (it stopped or restarted)"),
        ("serverClosedConnection", "the server closed the connection (it stopped or restarted)"),
        ("connectionClosed", "the connection was closed"),
        ("I/O on closed channel", "the server closed the connection (it stopped or restarted)"),
        ("No such file or directory", "no server is listening on that socket (is it running?)"),
        ("Permission denied", "permission denied on the server's socket"),
        ("timed out", "the connection timed out"),
        ("Name or service not known", "the host name is unknown"),
    ]
}
