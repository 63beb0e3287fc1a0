import Foundation
import TestSupport

/// A test peer written in Python (`scripts/peers/`): run on a folder of its own, it writes the loopback port it
/// listens on to FOLDER/port once it accepts connections, and runs until killed.
enum PythonPeer {
    static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/peers/\(name)")
            .path
    }

    /// Starts `script` with the folder and `arguments`, runs `body` with the folder and the port, and stops the
    /// peer whatever `body` does.
    static func with<Result: Sendable>(
        _ script: String, arguments: [String] = [], _ body: (TemporaryFolder, Int) async throws -> Result
    ) async throws -> Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script(script), folder.path] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: the test runner blocks SIGTERM, and the child inherits the mask, so Python never sees it.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        for _ in 0..<100 {
            if let text = try? String(contentsOfFile: "\(folder.path)/port", encoding: .utf8), let port = Int(text) {
                return try await body(folder, port)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw PeerError(
            description: "\(script) did not start (are its packages installed? scripts/setup installs them)")
    }
}

struct PeerError: Error, CustomStringConvertible {
    let description: String
}
