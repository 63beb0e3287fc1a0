import ArgumentParser
import Testing
import TrainingModel

@testable import ttbd

/// Command lines parsed in-process, as argument-parser's own tests do: what a wrong command line says and
/// its exit code, in milliseconds, without a database or a child process.
@Suite("Parsing command lines")
struct CommandParsingTests {
    /// The message and exit code ttbd gives for `arguments`, or `nil` when they parse.
    /// The refusal of `arguments`, parsed in this process: in English, which `TTBD_LANG=en` (set by `scripts/test`)
    /// chooses for the whole test process.
    static func refusal(_ arguments: [String]) -> (message: String, code: Int32)? {
        #expect(TTBD.language == .english, "run the tests with TTBD_LANG=en, as scripts/test does")
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
        // Written right, so the message says the day does not exist rather than how to write a date.
        #expect(
            refusal.message.contains("'2026-02-30' is not a day of the calendar: month 2 of 2026 has 28 days"),
            "\(refusal.message)")
    }

    @Test("solve-ctt takes --time-limit as schedule plan does: 10s, 2m or seconds")
    func timeLimits() {
        for limit in ["10s", "2m", "300", "1.5"] {
            #expect(Self.refusal(["schedule", "solve-ctt", "comp01.ctt", "--time-limit", limit]) == nil, "\(limit)")
            #expect(Self.refusal(["schedule", "plan", "B-HN-01", "--time-limit", limit]) == nil, "\(limit)")
        }
        #expect(Self.refusal(["schedule", "solve-ctt", "comp01.ctt", "--time-limit", "0"])?.code == 64)
    }

    @Test("a province or commune code written without its zeros says how it is written, instead of finding nobody")
    func unitCodes() {
        let list = Self.refusal(["delegates", "list", "--province", "1"])
        #expect(list?.code == 64)
        #expect(
            list?.message.contains("--province '1' is not a province code: they are written with 2 digits, so '01'")
                == true, "\(list?.message ?? "parsed")")
        let enroll = Self.refusal(["enroll", "B-HN-01", "--where", "province=01,commune=4"])
        #expect(enroll?.code == 64)
        #expect(
            enroll?.message.contains("'4' is not a commune code: they are written with 5 digits, so '00004'") == true)
        #expect(Self.refusal(["delegates", "list", "--province", "HN"])?.message.contains("expected 2 digits") == true)
        #expect(Self.refusal(["delegates", "list", "--province", "01"]) == nil)
    }

    @Test("a day written wrongly says how to write one; month 13 says months end at 12")
    func malformedDay() throws {
        let wrong = try #require(Self.refusal(["report", "golden-time", "--term", "2026-2031", "--today", "2026-2-3"]))
        #expect(wrong.message.contains("'2026-2-3' is not a date; expected YYYY-MM-DD, such as 2026-05-04"))
        let month = try #require(Self.refusal(["sessions", "list", "--class", "B", "--from", "31/13/2026"]))
        #expect(month.message.contains("'31/13/2026' is not a day of the calendar: there is no month 13"))
    }

    @Test("enroll takes named delegates or --where, not both and not neither")
    func enrollChoice() {
        #expect(Self.refusal(["enroll", "B-HN-01", "0101"]) == nil)
        #expect(Self.refusal(["enroll", "B-HN-01", "--where", "province=01"]) == nil)
        let neither = Self.refusal(["enroll", "B-HN-01"])
        #expect(neither?.code == FailureKind.usage.rawValue)
        // Nothing was given, so "not both" would mislead: say what to give.
        #expect(
            neither?.message.contains("say whom: delegate codes, --from-file FILE or --where CRITERIA") == true,
            "\(neither?.message ?? "parsed")")
        let both = Self.refusal(["enroll", "B-HN-01", "0101", "--where", "province=01"])
        #expect(both?.code == FailureKind.usage.rawValue)
        #expect(both?.message.contains("not both") == true, "\(both?.message ?? "parsed")")
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
