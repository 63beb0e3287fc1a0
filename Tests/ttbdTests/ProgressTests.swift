import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

@testable import ttbd

/// Issue 15: long work says how far it is on a terminal (rows of the total, a percentage, the time left) and
/// nothing on a pipe.
@Suite("Progress of long work")
struct ProgressTests {
    @Test("rows of the total, a percentage and the time left at the pace so far; the count alone without a total")
    func text() {
        #expect(
            Progress.text(120_000, of: 300_000, "rows", elapsed: .seconds(8))
                == "120.000 / 300.000 rows (40%), about 12 s left")
        #expect(
            Progress.text(10_000, of: 300_000, "rows", elapsed: .seconds(10))
                == "10.000 / 300.000 rows (3%), about 4 min left")
        #expect(Progress.text(10_000, of: nil, "rows", elapsed: .seconds(1)) == "10.000 rows")
        #expect(Progress.text(0, of: 10, "rows", elapsed: .zero) == "0 / 10 rows (0%)")
    }

    @Test("a roster import on a terminal shows its rows of the total; piped, it prints nothing but the result")
    func rosterImport() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = (1...20_000).map { String(format: "T%05d,Nguyễn Văn An,national_assembly,2026-2031", $0) }
        let path = "\(folder.path)/roster.csv"
        try ("code,full_name,body,term\n" + rows.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        try await TestDatabase.with { database in
            try await database.run { try await ReferenceData.load(into: $0) }
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TTBD_") }
            environment["DATABASE_URL"] = database.url
            environment["TTBD_MIGRATIONS"] = TestCluster.migrationsDirectory
            // `script` gives the command a terminal, as a person at a console has.
            let terminal = try ChildProcess(
                "/usr/bin/script", ["-qec", "'\(CommandLineTool.path)' delegates import '\(path)'", "/dev/null"],
                environment: environment
            ).run()
            #expect(terminal.status == 0, "\(terminal.text)")
            #expect(terminal.standardOutput.contains("Đang nhập \(path): 10.000 / 20.000 dòng (50%), còn khoảng "))
            // No TTBD_LANG and no locale here: Vietnamese, with its dot between thousands.
            #expect(terminal.standardOutput.contains("Đã nhập \(path): 20.000 mới, 0 thay đổi, 0 giữ nguyên."))

            let piped = try await CommandLineTool.run(
                ["delegates", "import", path], environment: ["DATABASE_URL": database.url])
            #expect(piped.status == 0)
            #expect(piped.standardError.isEmpty, "\(piped.standardError)")
            #expect(piped.standardOutput == "Imported \(path): 0 new, 0 changed, 20,000 unchanged.")
        }
    }
}
