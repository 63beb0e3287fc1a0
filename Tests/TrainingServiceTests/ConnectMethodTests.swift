import Foundation
import Testing
import TrainingService

/// Issue 18, finding 10: the HTTP/1 decoder takes CONNECT for a tunnel and stops reading, so the connection used to
/// stay open, unanswered past the router's 405, until the idle timeout.
@Suite("CONNECT")
struct ConnectMethodTests {
    @Test("is answered 405 and the connection closed at once")
    func connect() async throws {
        let configuration = ServiceConfiguration(jobsInterval: nil, idleTimeout: .seconds(60))
        try await ServiceWorld.with(configuration: configuration) { _, client in
            let socket = try RawConnection.open(port: try #require(client.port))
            defer { close(socket) }
            _ = "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n".withCString {
                send(socket, $0, strlen($0), 0)
            }
            let answer = RawConnection.read(socket, waiting: 20)
            #expect(answer.text.hasPrefix("HTTP/1.1 405"), "\(answer.text)")
            #expect(answer.closed, "the connection was left open")
        }
    }
}
