import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingPlanner
import TrainingStore

/// A needs survey's released demand read as the planner's month preferences, and `schedule plan`'s use case
/// following it, on ``DemandPlanningFixture`` against real PostgreSQL.
@Suite("Planning by a needs survey's demand")
struct DemandPlanningTests {
    static let june = MonthPreferences.Month(year: 2026, month: 6)

    static func world(_ body: (Database, TrainingOperations) async throws -> Void) async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await DemandPlanningFixture.insert(into: database)
                try await body(database, TrainingOperations(database: database))
            }
        }
    }

    /// The month each module of B-HN-09's cohort meets in, `B01 2026-06`, by module and time.
    static func months(in database: Database) async throws -> [String] {
        try await database.client.query(
            """
            SELECT s.module_code || ' ' || to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')
            FROM sessions s JOIN classes c ON c.id = s.class_id
            WHERE c.code = 'B-HN-09' AND s.status <> 'cancelled' ORDER BY s.module_code, lower(s.during)
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
    }

    @Test("the released demand becomes requests by module, province and month")
    func preferencesFromTheSurvey() async throws {
        try await Self.world { _, operations in
            let preferences = try await operations.monthPreferences(
                fromSurvey: "NC", at: DemandPlanningFixture.released)
            #expect(preferences.requests(module: "B02", province: "01").map(\.count) == [6])
            #expect(preferences.requests(module: "B02", province: "01").map(\.month) == [Self.june])
            #expect(preferences.requests(module: "B01", province: "79").map(\.count) == [5])
            #expect(preferences.requests(module: "B01", province: "01").isEmpty)
        }
    }

    @Test("B02, asked for in June by Hà Nội, moves from July to June; every session keeps the hard rules")
    func demandMovesTheModuleEarlier() async throws {
        try await Self.world { database, operations in
            let options = PlanningOptions(seed: 3, timeLimit: .seconds(10))
            let plain = try await operations.planSchedule(classCodes: ["B-HN-09"], options: options)
            #expect(plain.written && plain.preferredOrders.isEmpty)
            #expect(plain.cost.units(of: MonthPreferenceConstraint()) == 0)
            #expect(try await Self.months(in: database) == Array(repeating: "B01 2026-06", count: 4) + ["B02 2026-07"])

            let preferences = try await operations.monthPreferences(
                fromSurvey: "NC", at: DemandPlanningFixture.released)
            let asked = try await operations.planSchedule(
                classCodes: ["B-HN-09"], options: options, preferences: preferences)
            #expect(asked.written && asked.unplanned.isEmpty)
            #expect(asked.preferredOrders.map(\.classCode) == ["B-HN-09"])
            #expect(asked.preferredOrders.map(\.modules) == [["B02", "B01"]])
            #expect(asked.cost.units(of: MonthPreferenceConstraint()) == 0)
            #expect(
                try await Self.months(in: database)
                    == ["B01 2026-06", "B01 2026-06", "B01 2026-06", "B01 2026-07", "B02 2026-06"])
            // The B02 session and the B01 session it displaced moved, and are told.
            #expect(asked.moved.map(\.moduleCode).sorted() == ["B01", "B02"])
        }
    }

    @Test(
        "an unknown survey, an evaluation, a needs survey without demand questions and one not yet closed are refused")
    func refusals() async throws {
        try await Self.world { _, operations in
            let cases: [(survey: String, at: String, code: StoreError.Code, message: String)] = [
                ("XX", "2026-05-16 08:00", .notFound, "no survey has the code XX"),
                ("DG", "2026-05-16 08:00", .refused, "survey DG is not a needs survey"),
                ("NC-TEXT", "2026-05-16 08:00", .refused, "needs survey NC-TEXT asks no topic and month questions"),
                ("NC", "2026-05-15 20:00", .refused, "needs survey NC has released no demand yet"),
                ("NC-2", "2026-05-16 08:00", .refused, "needs survey NC-2 has released no demand yet"),
            ]
            for refused in cases {
                let error = await #expect(throws: StoreError.self) {
                    try await operations.monthPreferences(
                        fromSurvey: refused.survey, at: SurveyFixture.at(refused.at))
                }
                #expect(error?.code == refused.code, "\(refused.survey)")
                #expect(error?.message.contains(refused.message) == true, "\(error?.message ?? "")")
                #expect(error?.kind == .badData)
            }
        }
    }
}
