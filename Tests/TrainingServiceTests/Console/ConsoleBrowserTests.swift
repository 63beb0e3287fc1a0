import Foundation
import HummingbirdTesting
import TestSupport
import Testing

/// Issue 16: the console driven by headless Chromium (Debian's, through Selenium; `scripts/setup` installs
/// them) against a real `ttbd serve` on a real database: sign-in, axe-core on every page, search as one types,
/// a whole register marked on a 360-px phone, another lecturer's class, and a roster uploaded with a
/// mistake, then mended and imported. The script's screenshots stay in
/// `TTBD_SCREENSHOTS` when it is set (a temporary folder otherwise, kept when the test fails).
@Suite("Console in a real browser")
struct ConsoleBrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "scripts/peers/console-browser.py"
        ).path

    @Test("sign in, check every page, search, mark a register on a phone, and be refused another's class")
    func browser() async throws {
        try await ConsoleWorld.with { world, visitor in
            let port = try #require(visitor.client.port)
            let folder =
                ProcessInfo.processInfo.environment["TTBD_SCREENSHOTS"]
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-console-\(UUID())").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let output = try await Self.run(
                [
                    "python3", Self.script, "http://127.0.0.1:\(port)", folder, "sam", "binh", "ada",
                    ConsoleWorld.password,
                    String(world.fixture.sessions[4]), "B-HN-01",
                ])
            #expect(output.status == 0, "\(output.text)\nscreenshots in \(folder)")
            if output.status == 0 && ProcessInfo.processInfo.environment["TTBD_SCREENSHOTS"] == nil {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    @Test("the survey list, a report with its bars and a needs survey's demand pass axe and fit a phone")
    func surveys() async throws {
        try await SurveyServiceWorld.with { _, client in
            let port = try #require(client.port)
            let folder =
                ProcessInfo.processInfo.environment["TTBD_SCREENSHOTS"]
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-surveys-\(UUID())").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let output = try await Self.run(
                ["python3", Self.script, "--surveys", "http://127.0.0.1:\(port)", folder, "sam", ConsoleWorld.password])
            #expect(output.status == 0, "\(output.text)\nscreenshots in \(folder)")
            if output.status == 0 && ProcessInfo.processInfo.environment["TTBD_SCREENSHOTS"] == nil {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    /// Runs the script without holding a thread of the concurrency pool while it waits: the service under test
    /// answers the browser on that pool.
    static func run(_ arguments: [String]) async throws -> (status: Int32, text: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("console-browser-\(UUID()).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        let status = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
