import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The queries of one area, surveys: their rounds, the answers (written and read only through the database's
/// functions of migration 0037, never the table), who answered, and the reports.
public struct SurveyStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of surveys and their answers.
    public var surveys: SurveyStore { SurveyStore(database: self) }
}

extension SurveyStore {
    static let surveyColumns = """
        code, title, kind, programs, open_days, term_code, opens_on::text, closes_on::text, questions::text
        """

    static func survey(from row: PostgresRow) throws -> Survey {
        let (code, title, kind, programs, openDays, term, opens, closes, questions) = try row.decode(
            (String, String, String, [String], Int?, String?, String?, String?, String).self)
        return Survey(
            code: code, title: title, kind: Survey.Kind(rawValue: kind) ?? .needs, programs: programs,
            openDays: openDays, termCode: term, opensOn: opens.flatMap(CalendarDate.init(parsing:)),
            closesOn: closes.flatMap(CalendarDate.init(parsing:)),
            questions: try JSONDecoder().decode([SurveyQuestion].self, from: Data(questions.utf8)))
    }

    /// The survey with `code`, or a `notFound` error.
    public func survey(code: String) async throws -> Survey {
        let rows = try await client.query(
            "SELECT \(unescaped: Self.surveyColumns) FROM surveys WHERE code = \(code)", logger: logger
        ).collect()
        guard let row = rows.first else {
            throw StoreError(.notFound, "no survey has the code \(code)", remedy: .importCatalog(of: "surveys"))
        }
        return try Self.survey(from: row)
    }

    /// Every survey, by code.
    public func surveys() async throws -> [Survey] {
        try await client.query("SELECT \(unescaped: Self.surveyColumns) FROM surveys ORDER BY code", logger: logger)
            .collect().map(Self.survey(from:))
    }
}
