import PostgresInfrastructure
import TestSupport
import Testing

/// A command-line pool fails fast; its work runs while a connection of its own watches the server.
@Suite("The server watch of a command")
struct ServerWatchTests {
    @Test("a server that cannot be reached for the watch is unavailable; the work does not run unwatched")
    func unreachable() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A socket folder with no server in it: what a command meets when the server crashed after its probe.
        let settings = try ConnectionSettings(url: "postgres://ttbd@/ttbd?host=\(folder.path)", environment: [:])
        let outcome = try await Database.run(settings, logger: TestCluster.logger, probing: false) { database in
            do {
                return Result<String, StoreError>.success(
                    try await database.failingFast { _ in }.watchingServer { "ran unwatched" })
            } catch let error as StoreError {
                return .failure(error)
            }
        }
        guard case .failure(let error) = outcome else {
            Issue.record("expected the database to be unavailable, got \(outcome)")
            return
        }
        #expect(error.code == .unavailable)
        #expect(error.message.description.hasPrefix("cannot reach the "), "\(error.message)")
    }
}
