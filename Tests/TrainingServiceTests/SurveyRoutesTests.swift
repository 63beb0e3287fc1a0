import Foundation
import HummingbirdTesting
import Testing
import TrainingModel

/// The staff's survey routes over real HTTP on ``SurveyServiceWorld``: the list's shape, a report's groups with the
/// store's figures and nothing of a withheld group, and the bad queries and accounts refused.
@Suite("The staff's survey routes")
struct SurveyRoutesTests {
    @Test("GET /v1/surveys lists each survey with its kind, rounds and answers")
    func list() async throws {
        try await SurveyServiceWorld.with { world, client in
            let response = try await client.execute(uri: "/v1/surveys", method: .get, headers: world.headers("sam"))
            #expect(response.status == .ok)
            let surveys = try #require(try response.json() as? [[String: Any]])
            #expect(surveys.map { $0["code"] as? String } == ["DG", "DGM", "NC"])
            let dg = surveys[0]
            #expect(dg["kind"] as? String == "class" && dg["scope"] as? String == "CT-B")
            #expect(dg["closedRounds"] as? Int == 3 && dg["openRounds"] as? Int == 0)
            #expect(dg["respondents"] as? Int == 15 && dg["questions"] as? Int == 4)
            #expect(surveys[2]["kind"] as? String == "needs" && surveys[2]["scope"] as? String == "2026-2031")
        }
    }

    @Test("a report by class gives the store's figures for K5 and K6 and only the counts of K4, which is under five")
    func reportByClass() async throws {
        try await SurveyServiceWorld.with { world, client in
            let response = try await client.execute(
                uri: "/v1/surveys/DG/report?by=class", method: .get, headers: world.headers("sam"))
            #expect(response.status == .ok)
            let report = try #require(try response.json() as? [String: Any])
            #expect(report["surveyCode"] as? String == "DG" && report["grouping"] as? String == "class")
            #expect(report["minimumGroup"] as? Int == 5 && report["openRounds"] as? Int == 0)
            #expect(report["eligible"] as? Int == 15 && report["respondents"] as? Int == 15)
            let groups = try #require(report["groups"] as? [[String: Any]])
            #expect(groups.map { $0["key"] as? String } == ["K4", "K5", "K6"])
            #expect(groups[0]["suppressed"] as? Bool == true && groups[0]["respondents"] as? Int == 4)
            #expect((groups[0]["questions"] as? [Any])?.isEmpty == true)
            #expect(groups[1]["suppressed"] as? Bool == false)
            let questions = try #require(groups[2]["questions"] as? [[String: Any]])
            let content = try #require(questions.first { $0["code"] as? String == "noi-dung" })
            let expected = try await world.report("DG", by: .class).groups[2].questions[0]
            #expect(content["mean"] as? Double == expected.mean && content["answered"] as? Int == 6)
            let points = try #require(content["distribution"] as? [[String: Any]])
            #expect(points.map { $0["count"] as? Int } == [0, 0, 1, 3, 2])
            let texts = try #require(questions.first { $0["code"] as? String == "gop-y" }?["texts"] as? [String])
            #expect(texts == (1...6).map { "góp ý K6-\($0)" })
            #expect(!response.text.contains("bí mật"))
        }
    }

    @Test("a grouping it does not know or a minimum below five is a 400 naming what it takes")
    func badQueries() async throws {
        try await SurveyServiceWorld.with { world, client in
            let grouping = try await client.execute(
                uri: "/v1/surveys/DG/report?by=body", method: .get, headers: world.headers("sam"))
            #expect(grouping.status == .badRequest)
            #expect(grouping.text.contains("by must be one of all, module, lecturer, class, province."))
            let minimum = try await client.execute(
                uri: "/v1/surveys/DG/report?min-group=3", method: .get, headers: world.headers("sam"))
            #expect(minimum.status == .badRequest)
            #expect(minimum.text.contains("min-group must be a whole number of at least 5."))
            let unknown = try await client.execute(
                uri: "/v1/surveys/KHONG-CO/report", method: .get, headers: world.headers("sam"))
            #expect(unknown.status == .notFound)
        }
    }

    @Test("a lecturer and a delegate are refused the list and the report")
    func refused() async throws {
        try await SurveyServiceWorld.with { world, client in
            for username in ["hoa", "k61"] {
                for path in ["/v1/surveys", "/v1/surveys/DG/report?by=class"] {
                    let response = try await client.execute(uri: path, method: .get, headers: world.headers(username))
                    #expect(response.status == .notFound, "\(username) \(path)")
                    #expect(!response.text.contains("góp ý"))
                }
            }
        }
    }
}
