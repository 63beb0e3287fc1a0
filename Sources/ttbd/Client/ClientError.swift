import ArgumentParser
import TrainingModel

/// A failure of a command that talks to `ttbd serve`: a message a delegate can act on, and the exit code of
/// its kind (`sysexits.h`). 77 (`EX_NOPERM`) is the client's own: the service refused the token.
struct ClientError: Error, CustomStringConvertible {
    enum Kind: Int32 {
        /// No server or no token to use, or a server address that is not one (`EX_USAGE`).
        case usage = 64
        /// The service answered that the request cannot be served: not found, bad input (`EX_DATAERR`).
        case refused = 65
        /// The service cannot be reached, or is down or busy (`EX_UNAVAILABLE`).
        case unreachable = 69
        /// The service failed, or answered something this ttbd cannot read (`EX_SOFTWARE`).
        case badResponse = 70
        /// The credentials file cannot be written (`EX_CANTCREAT`).
        case cannotWrite = 73
        /// The token is wrong, revoked or expired (`EX_NOPERM`).
        case tokenRejected = 77
    }

    var kind: Kind
    /// What went wrong and what to do, worded in the reader's language.
    var wording: Message

    init(_ kind: Kind, _ wording: Message) {
        self.kind = kind
        self.wording = wording
    }

    /// The message in the language of this run.
    var message: String { localized(wording) }

    var description: String { wording.description }

    /// Runs a client command's work, turning a ``ClientError`` into its message on stderr and its exit code
    /// (the shared error edge knows only the store's kinds of failure).
    static func reporting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ClientError {
            printError(error.message)
            throw ExitCode(error.kind.rawValue)
        }
    }
}
