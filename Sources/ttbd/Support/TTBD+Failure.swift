import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel

extension TTBD {
    /// The edge where errors become one message on stderr and the exit code of their kind:
    /// usage 64, bad data 65, unavailable 69, internal 70.
    static func fail(with error: any Error) -> Never {
        if let userFacing = error as? any UserFacingError {
            printError(userFacing.text(in: language) + (userFacing.remedy.map { "; " + $0.commandLineHint } ?? ""))
            Foundation.exit(userFacing.kind.rawValue)
        }
        if let exitCode = error as? ExitCode {
            Foundation.exit(exitCode.rawValue)
        }
        switch exitCode(for: error) {
        case .success:
            print(fullMessage(for: error))
            Foundation.exit(0)
        case .validationFailure:
            printError(fullMessage(for: error))
            Foundation.exit(FailureKind.usage.rawValue)
        default:
            // A connection lost where no store call worded it (the fault suite killed the server during the
            // migrations check at a command's start: exit 70 before) is still an unavailable database.
            if DatabaseFailure.isConnectionFailure(error) {
                printError(
                    localized(
                        "ttbd: the database closed the connection (\(DatabaseFailure.summary(of: error))); try again"))
                Foundation.exit(FailureKind.unavailable.rawValue)
            }
            printError(localized("ttbd: internal error: \(String(reflecting: error))"))
            Foundation.exit(FailureKind.internal.rawValue)
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
