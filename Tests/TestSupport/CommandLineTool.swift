import Foundation
import PostgresInfrastructure
import TrainingStore

/// The real `ttbd` executable, built beside the tests, run as a separate process.
public enum CommandLineTool {
    public static let path: String = {
        let testBinary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        // The test binary may sit inside a bundle folder (ttbdPackageTests.xctest/…); ttbd is beside the bundle.
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("ttbd").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return "ttbd"
    }()

    /// Runs `ttbd arguments…` with `environment` on top of a clean base (no DATABASE_URL or TTBD_* of the
    /// caller leaks in; the materials store is the test run's; sentences in English unless `environment` sets
    /// `TTBD_LANG` or, with `TTBD_LANG` empty, `LANG`).
    ///
    /// With `killAfter`, the process gets `SIGKILL` once that many seconds have passed (through coreutils'
    /// `timeout`), and a killed run's status is 137: the fault tests kill commands mid-write so, and bound
    /// every run so that a command that would wait forever fails its test instead of hanging the suite.
    /// `executable` runs another copy of ttbd; `standardInput` is piped to it (nothing when nil).
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], killAfter seconds: Double? = nil,
        executable: String = path, standardInput: String? = nil
    ) async throws -> ChildProcess.Output {
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TTBD_") && $0.key != "DATABASE_URL" }
        base["TTBD_MIGRATIONS"] = TestCluster.migrationsDirectory
        base["TTBD_MATERIALS_DIR"] = materialsDirectory
        // The tests that check sentences were written in English; the Vietnamese ones set TTBD_LANG or LANG.
        base["TTBD_LANG"] = "en"
        base["TTBD_UNTRANSLATED_LOG"] = ProcessInfo.processInfo.environment["TTBD_UNTRANSLATED_LOG"]
        base.merge(environment) { _, new in new }
        let input = try standardInput.map { text in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-input-\(UUID())")
            try Data(text.utf8).write(to: file)
            return file.path
        }
        defer { if let input { try? FileManager.default.removeItem(atPath: input) } }
        let process =
            seconds.map {
                ChildProcess(
                    "/usr/bin/timeout", ["-s", "KILL", String(format: "%.3f", $0), executable] + arguments,
                    environment: base, input: input)
            } ?? ChildProcess(executable, arguments, environment: base, input: input)
        return try await offCooperativePool { try process.run() }
    }

    /// The materials store of every run (a test wanting its own names another): inside the test run's folder,
    /// never the machine's own `/var/lib/ttbd`.
    public static let materialsDirectory =
        (ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()) + "/materials"

    /// The status of a run `killAfter` ended.
    public static let killedStatus: Int32 = 137
}
