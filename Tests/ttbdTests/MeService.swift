import Foundation
import FoundationNetworking
import TestSupport
import TrainingStore

/// A real `ttbd serve` process on a free loopback port over a test database, for the tests of the delegate
/// commands and of the calendar feed: they reach it over HTTP as a delegate's machine would.
struct MeService: Sendable {
    /// `http://127.0.0.1:PORT`.
    let url: String
    /// The `ttbd serve` process, for a test that kills it.
    let processIdentifier: Int32

    /// Starts the service on `database` (with `extra` in its environment, e.g. an SMTP server for its notice
    /// deliverer), waits until `/health` answers, runs `body`, and stops the service with SIGTERM whatever
    /// `body` does.
    ///
    /// The free port is found before the service binds it, and another process can take it in between (the
    /// suite opens many connections, each on a port of the same range): then the service starts again on another.
    static func with<Result: Sendable>(
        database: TestDatabase, environment extra: [String: String] = [:],
        _ body: (MeService) async throws -> Result
    ) async throws -> Result {
        var attempts = 1
        while true {
            do {
                return try await with(port: try freePort(), database: database, environment: extra, body)
            } catch is PortTaken where attempts < 5 {
                attempts += 1
            }
        }
    }

    private static func with<Result: Sendable>(
        port: Int, database: TestDatabase, environment extra: [String: String],
        _ body: (MeService) async throws -> Result
    ) async throws -> Result {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-serve-\(port).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTool.path)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port), "--no-jobs"]
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("TTBD_") && $0.key != "DATABASE_URL"
        }
        environment["DATABASE_URL"] = database.url
        environment["TTBD_MIGRATIONS"] = TestCluster.migrationsDirectory
        environment["TTBD_MATERIALS_DIR"] = CommandLineTool.materialsDirectory
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: log)
        }
        let service = MeService(url: "http://127.0.0.1:\(port)", processIdentifier: process.processIdentifier)
        try await service.waitUntilHealthy(process, log: log)
        return try await body(service)
    }

    /// The status and body of `GET path` on the service, with these request headers.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: url + path)!)
        request.timeoutInterval = 30
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    private func waitUntilHealthy(_ process: Process, log: URL) async throws {
        for _ in 0..<600 {
            guard process.isRunning else {
                let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if said.contains("already listens on") { throw PortTaken() }
                throw MeServiceError(description: "ttbd serve exited with \(process.terminationStatus): \(said)")
            }
            if let (status, _) = try? await get("/health"), status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw MeServiceError(description: "ttbd serve did not answer /health on \(url) within a minute")
    }

    /// A loopback port nothing listens on now: the kernel's pick for a socket bound to port 0.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw MeServiceError(description: "cannot open a socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else { throw MeServiceError(description: "cannot bind a loopback socket") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The port ``MeService/freePort()`` found was taken before the service could bind it.
struct PortTaken: Error {}

struct MeServiceError: Error, CustomStringConvertible {
    var description: String
}
