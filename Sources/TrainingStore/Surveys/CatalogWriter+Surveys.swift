import Foundation
import PostgresNIO
import TrainingModel

extension CatalogWriter {
    static let surveysSnapshot: PostgresQuery = """
        SELECT code, row(title, kind, programs, open_days, term_code, opens_on, closes_on, questions)::text FROM surveys
        """

    /// Makes `surveys` hold exactly the catalog's surveys. A survey that has answers cannot be removed: the foreign
    /// key refuses, and the import says what still uses it.
    func applySurveys() async throws {
        let surveys = catalog.surveys
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let questions = try surveys.map { String(decoding: try encoder.encode($0.questions), as: UTF8.self) }
        try await run(
            """
            INSERT INTO surveys (code, title, kind, programs, open_days, term_code, opens_on, closes_on, questions)
            SELECT s.code, s.title, s.kind, string_to_array(s.programs, ','), nullif(s.open_days, '')::integer, nullif(s.term, ''),
                   nullif(s.opens, '')::date, nullif(s.closes, '')::date, s.questions::jsonb
            FROM unnest(\(surveys.map(\.code))::text[], \(surveys.map(\.title))::text[],
                        \(surveys.map(\.kind.rawValue))::text[], \(surveys.map { $0.programs.joined(separator: ",") })::text[],
                        \(surveys.map { $0.openDays.map(String.init) ?? "" })::text[], \(surveys.map { $0.termCode ?? "" })::text[],
                        \(surveys.map { $0.opensOn?.description ?? "" })::text[],
                        \(surveys.map { $0.closesOn?.description ?? "" })::text[], \(questions)::text[])
                AS s(code, title, kind, programs, open_days, term, opens, closes, questions)
            ON CONFLICT (code) DO UPDATE SET
                title = EXCLUDED.title, kind = EXCLUDED.kind, programs = EXCLUDED.programs,
                open_days = EXCLUDED.open_days, term_code = EXCLUDED.term_code, opens_on = EXCLUDED.opens_on,
                closes_on = EXCLUDED.closes_on, questions = EXCLUDED.questions
            WHERE (surveys.title, surveys.kind, surveys.programs, surveys.open_days, surveys.term_code,
                   surveys.opens_on, surveys.closes_on, surveys.questions)
                IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.kind, EXCLUDED.programs, EXCLUDED.open_days,
                   EXCLUDED.term_code, EXCLUDED.opens_on, EXCLUDED.closes_on, EXCLUDED.questions)
            """)
        try await run("DELETE FROM surveys WHERE code <> ALL(\(surveys.map(\.code))::text[])")
    }
}
