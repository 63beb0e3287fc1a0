import ArgumentParser
import Testing
import TrainingModel

@testable import ttbd

/// Command lines parsed in-process, as argument-parser's own tests do: what a wrong command line says and
/// its exit code, in milliseconds, without a database or a child process.
@Suite("Parsing command lines")
struct CommandParsingTests {
    /// The message and exit code ttbd gives for `arguments`, or `nil` when they parse.
    static func refusal(_ arguments: [String]) -> (message: String, code: Int32)? {
        do {
            _ = try TTBD.parseAsRoot(arguments)
            return nil
        } catch {
            return (TTBD.message(for: error), TTBD.exitCode(for: error).rawValue)
        }
    }

    @Test(
        "a day that does not exist is the same usage error for every command that takes one",
        arguments: [
            ["sessions", "list", "--class", "B-HN-01", "--from", "2026-02-30"],
            [
                "classes", "create", "--code", "B", "--curriculum", "CT-B", "--capacity", "3", "--online", "--from",
                "2026-02-30", "--to", "2026-03-01",
            ],
            ["report", "golden-time", "--term", "2026-2031", "--today", "2026-02-30"],
        ])
    func impossibleDay(arguments: [String]) throws {
        let refusal = try #require(Self.refusal(arguments))
        #expect(refusal.code == FailureKind.usage.rawValue)
        #expect(refusal.message.contains("'2026-02-30' is not a date; expected YYYY-MM-DD"), "\(refusal.message)")
    }

    @Test("enroll takes named delegates or --where, not both and not neither")
    func enrollChoice() {
        #expect(Self.refusal(["enroll", "B-HN-01", "0101"]) == nil)
        #expect(Self.refusal(["enroll", "B-HN-01", "--where", "province=01"]) == nil)
        for arguments in [["enroll", "B-HN-01"], ["enroll", "B-HN-01", "0101", "--where", "province=01"]] {
            let refusal = Self.refusal(arguments)
            #expect(refusal?.code == FailureKind.usage.rawValue)
            #expect(refusal?.message.contains("not both") == true, "\(refusal?.message ?? "parsed")")
        }
    }

    @Test("an induction window must run forwards and a class size be positive")
    func inductionOptions() {
        let base = ["plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--class-size", "120"]
        #expect(Self.refusal(base + ["--within", "2026-05-01..2026-08-31"]) == nil)
        #expect(Self.refusal(base + ["--within", "2026-08-31..2026-05-01"])?.code == FailureKind.usage.rawValue)
        let empty = Self.refusal(base + ["--within", "2026-05-01..2026-08-31", "--class-size", "0"])
        #expect(empty?.code == FailureKind.usage.rawValue)
        #expect(empty?.message.contains("--class-size must be positive") == true)
    }

    @Test("serve's --keep and --backup-folder go with --backup-every, which runs with the jobs and keeps at least one")
    func backupSchedule() {
        #expect(Self.refusal(["serve", "--backup-every", "24h", "--keep", "14", "--backup-folder", "/tmp/b"]) == nil)
        for arguments in [
            ["serve", "--keep", "3"], ["serve", "--backup-folder", "/tmp/b"],
            ["serve", "--backup-every", "24h", "--no-jobs"],
            ["serve", "--backup-every", "24h", "--keep", "0"],
        ] {
            #expect(Self.refusal(arguments)?.code == FailureKind.usage.rawValue, "\(arguments)")
        }
    }
}
