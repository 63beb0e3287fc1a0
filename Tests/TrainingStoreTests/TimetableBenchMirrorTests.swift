import Foundation
import Testing

@testable import TrainingStore

/// `scripts/bench/me-schedule` compares the service with pgbench running "the same SQL"; the pgbench script
/// spells the timetable statement out by hand, so this holds it to ``DelegateTimetable``'s.
@Suite("the me-schedule benchmark's SQL")
struct TimetableBenchMirrorTests {
    @Test("the pgbench script runs DelegateTimetable's statement, with pgbench's variables in place of the parameters")
    func sameStatement() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = try String(
            contentsOf: repository.appendingPathComponent("scripts/bench/me-schedule-pgbench.sql"), encoding: .utf8)
        // The statement after the token's (which pgbench's `\gset` ends, not a semicolon), up to its semicolon.
        let start = try #require(script.range(of: "SELECT s.id"))
        let end = try #require(script[start.lowerBound...].firstIndex(of: ";"))
        let benchmarked = String(script[start.lowerBound..<end])
        let service = DelegateTimetable.sql
            .replacingOccurrences(of: "$1", with: ":delegate_id")
            .replacingOccurrences(of: "$2", with: "NULL").replacingOccurrences(of: "$3", with: "NULL")
            .replacingOccurrences(of: "'13:30'", with: "E'13\\07230'")
        #expect(Self.words(benchmarked) == Self.words(service))
    }

    private static func words(_ sql: String) -> [Substring] {
        sql.split(whereSeparator: \.isWhitespace)
    }
}
