import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingModel
import TrainingStore

/// The report world (``ReportFixture``) for accounts, feeds and jobs, with instants written as Vietnam's
/// local time and a seeded generator, so tokens and every value the tests expect are the same on every run.
enum AccountsFixture {
    static func with(_ body: (Database, ReportFixture) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                try await body(pool, try await ReportFixture.insert(into: pool))
            }
        }
    }

    /// `2026-05-05 12:00` in Vietnam.
    static func vietnam(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: Venue.defaultTimeZone)!
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0)! }
        return calendar.date(
            from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    static func count(_ query: PostgresQuery, in pool: Database) async throws -> Int {
        try await pool.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }
}

/// SplitMix64: a generator whose numbers follow from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
