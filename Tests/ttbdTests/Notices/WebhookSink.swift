import Foundation
import TestSupport

/// A real webhook receiver (`scripts/peers/webhook-sink.py`) on a loopback port for one test: it keeps the
/// notices whose signature it could check, and can be told to answer with an error or to hang.
struct WebhookSink {
    let folder: TemporaryFolder
    let port: Int
    static let secret = "a-shared-secret-of-at-least-32-characters"

    /// `TTBD_WEBHOOK_URL` and `TTBD_WEBHOOK_SECRET` for a ttbd that posts here, signing with `secret`.
    func environment(secret: String = WebhookSink.secret) -> [String: String] {
        ["TTBD_WEBHOOK_URL": "http://127.0.0.1:\(port)/notices", "TTBD_WEBHOOK_SECRET": secret]
    }

    static func with<Result: Sendable>(_ body: (WebhookSink) async throws -> Result) async throws -> Result {
        try await PythonPeer.with("webhook-sink.py", arguments: [secret]) { folder, port in
            try await body(WebhookSink(folder: folder, port: port))
        }
    }

    /// Answers every notice with `answer`: a status such as "500", or "hang".
    func answer(_ answer: String) throws {
        try answer.write(toFile: "\(folder.path)/answer", atomically: true, encoding: .utf8)
    }

    func accept() throws {
        try? FileManager.default.removeItem(atPath: "\(folder.path)/answer")
    }

    /// The bodies of the notices it accepted (their signatures checked), in the order received.
    func notices() throws -> [[String: Any]] {
        let path = "\(folder.path)/notices"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
            $0.hasSuffix(".json")
        }
        return try names.sorted { Int($0.dropLast(5)) ?? 0 < Int($1.dropLast(5)) ?? 0 }.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(name)"))
            guard let notice = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw PeerError(description: "\(name) is not a JSON object")
            }
            return notice
        }
    }
}
