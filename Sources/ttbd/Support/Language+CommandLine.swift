import Foundation
import TrainingModel

extension TTBD {
    /// The language of every sentence ttbd prints for a person: `TTBD_LANG`, else the locale, else Vietnamese.
    /// Machine output (`--format json|csv`) does not depend on it.
    static let language = Language(environment: ProcessInfo.processInfo.environment)
}

/// `message` in the language of this run.
func localized(_ message: Message) -> String {
    message.text(in: TTBD.language)
}
