import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresInfrastructure
import TestSupport
import TrainingModel
import TrainingOperations
import TrainingService

/// ``SurveyFixture``'s world behind a live service whose clock stands after every round closed (2026-05-25), with
/// its answers given through the answering use case while the rounds were open (2026-05-10):
///
/// - Classes K4 (four delegates of Hải Phòng, 31), K5 (five of Hồ Chí Minh City, 79) and K6 (six of Hà Nội, 01);
///   everyone answers DG, K4 with the free text `bí mật <code>` (under five, the class is withheld), K5 and K6
///   with `góp ý <code>`; K6's `noi-dung` 5, 4, 4, 3, 5, 4 (mean 4,17), the others' 1; `thoi-luong` `vua` for
///   the first four of a class and `ngan` for the rest.
/// - Everyone answers the needs survey NC: K6-1…3 want B01 and B02, K6-4…6 B01 only; K6-1…4 in 2026-06, K6-5 and
///   K6-6 in 2026-07 (Hà Nội: B01 06 4, B01 07 2, B02 06 3). Hải Phòng is under five and Hồ Chí Minh City is
///   withheld with it.
/// - Accounts with API tokens: staff `sam` and lecturer `hoa` (GV01), with console passwords, and delegate `k61`
///   (K6-1), whom the console does not take.
struct SurveyServiceWorld: Sendable {
    let database: Database
    let tokens: [String: String]

    static let answeredAt = SurveyFixture.at("2026-05-10 09:00")
    static let now = SurveyFixture.at("2026-05-25 09:00")
    static let means = [5, 4, 4, 3, 5, 4]

    static func with(_ body: @Sendable (SurveyServiceWorld, any TestClientProtocol) async throws -> Void)
        async throws
    {
        try await TestDatabase.with { testDatabase in
            try await testDatabase.run { database in
                let world = try await make(database)
                let api = TrainingAPI(
                    database: database, configuration: ServiceConfiguration(jobsInterval: nil),
                    logger: ServiceWorld.quiet, now: { now })
                try await api.application().test(.live) { client in try await body(world, client) }
            }
        }
    }

    private static func make(_ database: Database) async throws -> SurveyServiceWorld {
        try await ReferenceData.load(into: database)
        let classes = [
            "K4": Array(repeating: "31", count: 4), "K5": Array(repeating: "79", count: 5),
            "K6": Array(repeating: "01", count: 6),
        ]
        let fixture = try await SurveyFixture.insert(into: database, classes: classes)
        let operations = TrainingOperations(database: database)
        for (classCode, provinces) in classes {
            for index in 1...provinces.count {
                let code = "\(classCode)-\(index)"
                let delegate = fixture.delegates[code]!
                let answers: [String: SurveyAnswer] = [
                    "noi-dung": .scale(classCode == "K6" ? means[index - 1] : 1),
                    "thoi-luong": .choice(index <= 4 ? "vua" : "ngan"),
                    "hinh-thuc": .choices(index.isMultiple(of: 2) ? ["giang", "thao-luan"] : ["giang"]),
                    "gop-y": .text(classCode == "K4" ? "bí mật \(code)" : "góp ý \(code)"),
                ]
                _ = try await operations.answerSurvey(
                    "DG", delegateID: delegate, submission: .init(answers: answers), at: answeredAt)
                let needs: [String: SurveyAnswer] = [
                    "chuyen-de": .choices(index <= 3 ? ["B01", "B02"] : ["B01"]),
                    "thang": .choices([index <= 4 ? "2026-06" : "2026-07"]),
                ]
                _ = try await operations.answerSurvey(
                    "NC", delegateID: delegate, submission: .init(answers: needs), at: answeredAt)
            }
        }
        var generator = SystemRandomNumberGenerator()
        var tokens: [String: String] = [:]
        let people: [(String, String, AccountRole, String?, String?)] = [
            ("sam", "Sam Staff", .staff, nil, nil), ("hoa", "Trần Thị Hoa", .lecturer, nil, "GV01"),
            ("k61", "Nguyễn Văn K6 1", .delegate, "K6-1", nil),
        ]
        for (username, name, role, delegate, lecturer) in people {
            _ = try await database.accounts.addAccount(
                username: username, displayName: name, role: role, delegateCode: delegate, lecturerCode: lecturer)
            tokens[username] = try await database.accounts.issueToken(
                username: username, purpose: .api, expiresAt: nil, using: &generator)
            if role != .delegate {
                try await operations.setConsolePassword(username: username, password: ConsoleWorld.password, cost: 4)
            }
        }
        return SurveyServiceWorld(database: database, tokens: tokens)
    }

    /// The report the store computes at the service's clock, for the pages and the API to be compared with.
    func report(_ code: String, by grouping: SurveyGrouping) async throws -> SurveyReport {
        let survey = try await database.surveys.survey(code: code)
        let evidence = try await database.surveys.evidence(
            survey: survey, grouping: grouping, minimumGroup: SurveyPrivacy.minimumGroup, at: Self.now)
        return SurveyReport(
            survey: survey, grouping: grouping, minimumGroup: SurveyPrivacy.minimumGroup, evidence: evidence)
    }

    /// The `Authorization` header of `username`'s token, and `Accept-Language: en`.
    func headers(_ username: String) -> HTTPFields {
        [.authorization: "Bearer \(tokens[username]!)", .acceptLanguage: "en"]
    }
}
