import Synchronization

/// The username a request's token belongs to, shared by every copy of the request's context: authentication
/// runs inside the request log's middleware, and the log line is written after it, from the outer copy.
public final class AuthenticatedUser: Sendable {
    private let name = Mutex<String?>(nil)

    init() {}

    var username: String? {
        name.withLock { $0 }
    }

    func record(_ username: String) {
        name.withLock { $0 = username }
    }
}
