import Foundation
import FoundationNetworking
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@testable import ttbd

/// The survey commands through the built binary: the staff's list, report and demand against the database, and a
/// delegate's `me surveys` and `me answer` against a real `ttbd serve`.
@Suite("ttbd surveys and ttbd me answer")
struct SurveyCommandTests {
    static let good: [String: SurveyAnswer] = [
        "noi-dung": .scale(4), "thoi-luong": .choice("vua"), "hinh-thuc": .choices(["giang"]),
    ]

    /// A closed world of May 2026, everyone answered: classes K6 (six of Hà Nội), K5 (five of Hồ Chí Minh), K2 (two of
    /// Hồ Chí Minh) and K3 (three of Đà Nẵng).
    static func closedWorld(_ body: (TestDatabase) async throws -> Void) async throws {
        try await TestDatabase.with { test in
            try await test.run { pool in
                try await ReferenceData.load(into: pool)
                let fixture = try await SurveyFixture.insert(
                    into: pool,
                    classes: [
                        "K6": Array(repeating: "01", count: 6), "K5": Array(repeating: "79", count: 5),
                        "K2": ["79", "79"],
                        "K3": ["48", "48", "48"],
                    ])
                let operations = TrainingOperations(database: pool)
                for (code, id) in fixture.delegates {
                    var answers = Self.good
                    answers["gop-y"] = .text("ý kiến \(code)")
                    _ = try await operations.answerSurvey(
                        "DG", delegateID: id, submission: .init(answers: answers),
                        at: SurveyFixture.at("2026-05-10 09:00"))
                    _ = try await operations.answerSurvey(
                        "NC", delegateID: id,
                        submission: .init(answers: [
                            "chuyen-de": .choices(["B01"]), "thang": .choices(["2026-06", "2026-07"]),
                        ]),
                        at: SurveyFixture.at("2026-05-10 09:00"))
                }
            }
            try await body(test)
        }
    }

    @Test("surveys list, report by class and demand print what the closed rounds allow, a small class withheld")
    func staff() async throws {
        try await Self.closedWorld { test in
            let environment = ["DATABASE_URL": test.url]
            let list = try await CommandLineTool.run(["surveys", "list", "--format", "csv"], environment: environment)
            #expect(list.status == 0, "\(list.text)")
            #expect(list.standardOutput.contains("DG,Phiếu đánh giá kết thúc lớp,class,CT-B,4,0,4,16"))

            let report = try await CommandLineTool.run(
                ["surveys", "report", "DG", "--by", "class", "--format", "csv"], environment: environment)
            #expect(report.status == 0, "\(report.text)")
            let lines = report.standardOutput.split(separator: "\n").map(String.init)
            #expect(
                lines.contains(
                    "K2,K2,2,2,1.0,,\"withheld: fewer than 5 answers, or needed to keep a smaller group hidden\","))
            #expect(lines.contains("K6,K6,,,,noi-dung,mean,4.0"))
            // A single choice comes back from its JSON as text and still counts as the choice.
            #expect(lines.contains("K6,K6,,,,thoi-luong,Vừa đủ,6.0"))
            #expect(lines.last == ",rounds still open: 0,16,16,1.0,,,")
            #expect(lines.contains("K6,K6,,,,gop-y,ý kiến K6-3,"))
            #expect(!report.standardOutput.contains("ý kiến K2"))

            let json = try await CommandLineTool.run(
                ["surveys", "report", "DG", "--by", "province", "--format", "json"], environment: environment)
            let decoded = try JSONDecoder().decode(SurveyReport.self, from: Data(json.standardOutput.utf8))
            #expect(decoded.groups.map { "\($0.key) \($0.suppressed)" } == ["01 false", "48 true", "79 false"])

            let demand = try await CommandLineTool.run(
                ["surveys", "demand", "NC", "--format", "csv"], environment: environment)
            #expect(demand.status == 0, "\(demand.text)")
            // Đà Nẵng's three are withheld, and Hà Nội's six with them: else all minus the rest would show them.
            #expect(demand.standardOutput.contains("B01,Tình hình kinh tế - xã hội,79,Thành phố Hồ Chí Minh,2026-06,7"))
            #expect(!demand.standardOutput.contains(",01,") && !demand.standardOutput.contains(",48,"))
            #expect(demand.standardOutput.contains(",withheld provinces: 2,,,,14"))
        }
    }

    @Test("a minimum group below 5, an unknown survey and a survey without demand are refused")
    func refusals() async throws {
        try await Self.closedWorld { test in
            let environment = ["DATABASE_URL": test.url]
            let small = try await CommandLineTool.run(
                ["surveys", "report", "DG", "--min-group", "3"], environment: environment)
            #expect(small.status == 64)
            #expect(small.standardError.contains("--min-group must be at least 5"))
            let unknown = try await CommandLineTool.run(["surveys", "report", "XX"], environment: environment)
            #expect(unknown.status == 65)
            #expect(unknown.standardError.contains("no survey has the code XX"))
            let noDemand = try await CommandLineTool.run(["surveys", "demand", "DG"], environment: environment)
            #expect(noDemand.status == 64)
        }
    }

    @Test("me answer from a file, again to change it, a bad file refused at its line and column; me surveys shows it")
    func answering() async throws {
        let config = try TemporaryFolder()
        defer { config.remove() }
        try await TestDatabase.with { test in
            let yesterday = CalendarDate.inVietnam(at: Date().addingTimeInterval(-86_400)).description
            let token = try await test.run { pool in
                try await ReferenceData.load(into: pool)
                _ = try await SurveyFixture.insert(into: pool, classes: ["K1": ["01"]], day: yesterday)
                var generator = SystemRandomNumberGenerator()
                return try await pool.accounts.issueDelegateTokens(
                    where: DelegateCriteria(), expiresAt: nil, using: &generator
                ).first!.apiToken
            }
            try await MeService.with(database: test) { service in
                let environment = ["TTBD_SERVER": service.url, "TTBD_TOKEN": token, "XDG_CONFIG_HOME": config.path]
                let file = "\(config.path)/tra-loi.yaml"
                try "noi-dung: 5\nthoi-luong: vua\nhinh-thuc: [giang, mo-phong]\ngop-y: Rất bổ ích\n".write(
                    toFile: file, atomically: true, encoding: .utf8)
                let first = try await CommandLineTool.run(
                    ["me", "answer", "DG", "--from-file", file], environment: environment)
                #expect(first.status == 0, "\(first.text)")
                #expect(
                    first.standardOutput.contains("your answers to survey DG (K1) are kept; you may change them until"))
                let again = try await CommandLineTool.run(
                    ["me", "answer", "DG", "--class", "K1", "--from-file", file], environment: environment)
                #expect(again.status == 0, "\(again.text)")
                #expect(
                    try await test.run { pool in
                        try await pool.client.query("SELECT count(*) FROM survey_answers", logger: TestCluster.logger)
                            .collect().first!.decode(Int.self)
                    } == 1)

                try "noi-dung: 9\nthoi-luong: rat-dai\nkhac: x\n".write(toFile: file, atomically: true, encoding: .utf8)
                let bad = try await CommandLineTool.run(
                    ["me", "answer", "DG", "--from-file", file], environment: environment)
                #expect(bad.status == 65)
                #expect(
                    bad.standardError.contains("tra-loi.yaml:1:11: noi-dung takes a whole number from 1 to 5, not 9"))
                #expect(bad.standardError.contains("tra-loi.yaml:2:13: 'rat-dai' is not a choice of thoi-luong"))
                #expect(bad.standardError.contains("tra-loi.yaml:3:1: survey DG has no question khac"))

                let closed = try await CommandLineTool.run(
                    ["me", "answer", "NC", "--from-file", file], environment: environment)
                #expect(closed.status == 65)

                let piped = try await CommandLineTool.run(["me", "answer", "DG"], environment: environment)
                #expect(piped.status == 64)
                #expect(piped.standardError.contains("give --from-file FILE, or run on a terminal"))

                var request = URLRequest(url: URL(string: service.url + "/v1/me/surveys/DG")!)
                request.httpMethod = "PUT"
                request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = Data(#"{"answers": {"noi-dung": "bốn", "thoi-luong": "vua", "hinh-thuc": []}}"#.utf8)
                let (body, response) = try await URLSession.shared.data(for: request)
                #expect((response as? HTTPURLResponse)?.statusCode == 422)
                let problem = String(decoding: body, as: UTF8.self)
                #expect(
                    problem.contains("noi-dung takes a whole number from 1 to 5; hinh-thuc needs at least one choice"))

                let mine = try await CommandLineTool.run(
                    ["me", "surveys", "--format", "csv"], environment: environment)
                #expect(mine.status == 0, "\(mine.text)")
                #expect(mine.standardOutput.contains("DG,Phiếu đánh giá kết thúc lớp,K1,,"))
                #expect(mine.standardOutput.contains(",true"))
                #expect(mine.standardOutput.contains("DGM,Phiếu đánh giá chuyên đề,K1,B01,"))
            }
        }
    }

    @Test("on a terminal each question is asked again until its answer fits, then confirmed")
    func prompting() throws {
        var input = ["7", "4", "9", "2", "1,3", "", "y"][...]
        var said = ""
        var prompter = SurveyPrompter(read: { input.popFirst() }, write: { said += $0 })
        let survey = SurveyFixture.surveys[0]
        let asked = prompter.ask(survey)
        let answers = try #require(asked)
        #expect(
            answers == [
                "noi-dung": .scale(4), "thoi-luong": .choice("vua"), "hinh-thuc": .choices(["giang", "mo-phong"]),
            ])
        #expect(said.contains("noi-dung takes a whole number from 1 to 5, not 7"))
        #expect(said.contains("thoi-luong takes one choice: one of ngan, vua, dai"))
        let confirmed = prompter.confirm(answers, of: survey)
        #expect(confirmed)
        #expect(said.contains("  hinh-thuc: Nghe giảng; Mô phỏng kỳ họp\n"))
    }
}
