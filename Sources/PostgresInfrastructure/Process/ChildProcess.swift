import Foundation
import TrainingModel

#if canImport(Glibc)
    import Glibc
#endif

/// A program to run to completion, capturing what it prints.
///
/// This uses `posix_spawn` rather than Foundation's `Process`: `pg_ctl start` leaves a daemon behind, and
/// `Process` hung waiting on a descriptor that daemon inherited. Here the wait is for the child alone.
public struct ChildProcess: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String

        /// Both streams, for messages.
        public var text: String {
            [standardOutput, standardError].filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    public var executable: String
    public var arguments: [String]
    /// Runs the program as this system user through `runuser` (only root can).
    public var user: String?
    /// Replaces the inherited environment when set.
    public var environment: [String: String]?
    /// The file the program reads as its standard input; nothing (`/dev/null`) when nil.
    public var input: String?

    public init(
        _ executable: String, _ arguments: [String], as user: String? = nil, environment: [String: String]? = nil,
        input: String? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.user = user
        self.environment = environment
        self.input = input
    }

    public func run() throws(StoreError) -> Output {
        let argv = (user.map { [ChildProcess.runuser, "-u", $0, "--", executable] } ?? [executable]) + arguments
        let outputPipe = try Self.makePipe()
        let errorPipe = try Self.makePipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write, 2)

        // PostgreSQL's programs word their messages in the locale's language; ttbd quotes them inside its own
        // sentences, so they stay English unless the caller chose the language of messages itself.
        var environment = self.environment ?? ProcessInfo.processInfo.environment
        if self.environment?["LC_MESSAGES"] == nil { environment["LC_MESSAGES"] = "C" }
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }

        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(environmentStrings) { environmentPointers in
                posix_spawn(&pid, argv[0], &actions, nil, argvPointers, environmentPointers)
            }
        }
        close(outputPipe.write)
        close(errorPipe.write)
        guard spawned == 0 else {
            close(outputPipe.read)
            close(errorPipe.read)
            throw StoreError(.clusterSetupFailed, "cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        let errorReader = PipeReader(errorPipe.read)
        let output = FileHandle(fileDescriptor: outputPipe.read, closeOnDealloc: true).readDataToEndOfFile()
        let errors = errorReader.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: exitStatus, standardOutput: Self.text(output), standardError: Self.text(errors))
    }

    /// A pipe whose ends close on exec, so only the copies on 1 and 2 reach the child.
    private static func makePipe() throws(StoreError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw StoreError(.clusterSetupFailed, "cannot create a pipe") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let runuser =
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/runuser"
}

/// Reads a descriptor to its end on another thread, so two pipes drain at once and neither fills up.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread.detachNewThread { [self] in
            data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Calls `body` with a NULL-terminated C array of `strings`.
private func withCStrings<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
