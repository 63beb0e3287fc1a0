import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

/// A server that crashes while a long result is still being read fails the read. Without
/// ``ReadCompleteGuard``, postgres-nio 1.33 stopped the whole process instead (a precondition of its row
/// stream, exit 132), which `enroll --where` met in the long fault run.
@Suite("A crash mid-result", .serialized)
struct RowStreamCrashTests {
    @Test("the server stopped in immediate mode while a slow reader is behind: the read fails, the process lives")
    func crashWhileReading() async throws {
        let home = ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()
        try await FaultCluster.with(home: "\(home)/stream-\(UUID().uuidString.prefix(8))") { server in
            for attempt in 1...3 {
                let outcome = try await server.database.run { database in
                    try await database.withConnection { connection in
                        let rows = try await connection.query(
                            "SELECT g, repeat('x', 200) FROM generate_series(1, 500000) AS g",
                            logger: TestCluster.logger)
                        var read = 0
                        do {
                            for try await _ in rows {
                                read += 1
                                // Slow enough for postgres-nio to stop asking the socket for more.
                                if read == 10 { try await server.crash(restartingAfter: 0.5) }
                                if read < 20 { try await Task.sleep(for: .milliseconds(50)) }
                            }
                            return "read all \(read) rows"
                        } catch {
                            return "failed after \(read) rows"
                        }
                    }
                }
                #expect(outcome.hasPrefix("failed"), "attempt \(attempt): \(outcome)")
            }
        }
    }
}
