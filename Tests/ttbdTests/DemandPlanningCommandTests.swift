import Foundation
import PostgresNIO
import TestSupport
import Testing

/// `ttbd schedule plan … --demand SURVEY` through the built binary, on ``DemandPlanningFixture`` (the needs survey
/// NC closed in May 2026, so its demand is released by the time these run).
@Suite("ttbd schedule plan --demand")
struct DemandPlanningCommandTests {
    static func world(_ body: (SchedulePlanWorld) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { try await DemandPlanningFixture.insert(into: $0) }
            try await body(SchedulePlanWorld(database: database, environment: ["DATABASE_URL": database.url]))
        }
    }

    static let b02Month: PostgresQuery = """
        SELECT to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') FROM sessions s
        WHERE s.module_code = 'B02' AND s.status <> 'cancelled'
        """

    @Test("with the demand, B02 moves from July to June, the plan says why and keeps every hard rule")
    func demandMovesTheModuleEarlier() async throws {
        try await Self.world { world in
            let plain = try await world.ttbd("schedule", "plan", "B-HN-09", "--seed", "3")
            #expect(plain.status == 0, "\(plain.text)")
            #expect(!plain.standardOutput.contains("months asked for"), "\(plain.standardOutput)")
            #expect(try await world.column(Self.b02Month) == ["2026-07"])

            let asked = try await world.ttbd("schedule", "plan", "B-HN-09", "--seed", "3", "--demand", "NC")
            #expect(asked.status == 0, "\(asked.text)")
            #expect(try await world.column(Self.b02Month) == ["2026-06"])
            #expect(asked.standardOutput.contains("requests for a module in an earlier month than its session's"))
            #expect(asked.standardOutput.contains("Modules moved earlier for the months asked for:"))
            #expect(
                asked.standardOutput.contains(
                    "class B-HN-09 takes its modules in the order B02, B01 instead of B01, B02: the requests of"
                        + " province 01 by month are B02 in 2026-06 (6 requests)"),
                "\(asked.standardOutput)")
            try await SchedulePlanTests.checkHardRules(world)

            let json = try await world.ttbd(
                "schedule", "plan", "B-HN-09", "--demand", "NC", "--demand-weight", "3", "--dry-run", "--format",
                "json")
            #expect(json.status == 0, "\(json.text)")
            let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            let cost = report?["cost"] as? [String: Any]
            #expect(cost?["earlierMonthRequests"] as? Int == 0)
            let orders = report?["preferredOrders"] as? [[String: Any]]
            #expect(orders?.first?["modules"] as? [String] == ["B02", "B01"])
        }
    }

    @Test("plan induction --demand takes B02 first in Hà Nội's class, in June; Hồ Chí Minh City has no venue")
    func induction() async throws {
        try await Self.world { world in
            let arguments = [
                "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within", "2026-06-29..2026-07-10",
                "--class-size", "30",
            ]
            let plain = try await CommandLineTool.run(
                arguments + ["--dry-run", "--format", "json"], environment: world.environment)
            #expect(plain.status == 0, "\(plain.text)")
            let report = try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as? [String: Any]
            #expect((report?["preferredOrders"] as? [Any])?.isEmpty == true, "\(plain.standardOutput)")

            let asked = try await CommandLineTool.run(arguments + ["--demand", "NC"], environment: world.environment)
            #expect(asked.status == 0, "\(asked.text)")
            #expect(
                asked.standardOutput.contains(
                    "Modules moved earlier for the months asked for:\n  class CTB-01-01 takes its modules in the order"
                        + " B02, B01 instead of B01, B02"),
                "\(asked.standardOutput)")
            #expect(try await world.column(Self.b02Month) == ["2026-06"])
            try await SchedulePlanTests.checkHardRules(world)
        }
    }

    @Test(
        "an unknown survey, an evaluation, no demand questions, nothing released and a bad weight: refused, nothing written"
    )
    func refusals() async throws {
        try await Self.world { world in
            let before = try await world.digest()
            let unknown = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand", "XX")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.contains("no survey has the code XX"), "\(unknown.standardError)")
            let evaluation = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand", "DG")
            #expect(evaluation.status == 65)
            #expect(
                evaluation.standardError.contains(
                    "survey DG is not a needs survey: only a needs survey's demand by topic and month can guide a plan"),
                "\(evaluation.standardError)")
            let noDemand = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand", "NC-TEXT")
            #expect(noDemand.status == 65)
            #expect(
                noDemand.standardError.contains("needs survey NC-TEXT asks no topic and month questions"),
                "\(noDemand.standardError)")
            let unanswered = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand", "NC-2")
            #expect(unanswered.status == 65)
            #expect(
                unanswered.standardError.contains(
                    "needs survey NC-2 has released no demand yet: answers count once its rounds have closed, and only"
                        + " for provinces with at least 5 answers"),
                "\(unanswered.standardError)")
            let weight = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand", "NC", "--demand-weight", "0")
            #expect(weight.status == 64)
            #expect(weight.standardError.contains("--demand-weight must be at least 1"), "\(weight.standardError)")
            let alone = try await world.ttbd("schedule", "plan", "B-HN-09", "--demand-weight", "2")
            #expect(alone.status == 64)
            #expect(alone.standardError.contains("--demand-weight needs --demand"), "\(alone.standardError)")
            #expect(try await world.digest() == before)
        }
    }
}
