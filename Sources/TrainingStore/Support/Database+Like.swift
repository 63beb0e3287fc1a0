import Foundation
import PostgresInfrastructure

extension Database {
    /// `text` for a LIKE pattern in which its wildcards are meant literally: a search for "50%" finds "50%".
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
