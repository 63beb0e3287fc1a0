import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension SurveyStore {
    /// What the report of `survey` grouped by `grouping` is built from at `now`: its closed rounds, and the answers
    /// the database releases for groups of at least `minimumGroup` (never below ``SurveyPrivacy/minimumGroup``).
    public func evidence(
        survey: Survey, grouping: SurveyGrouping, minimumGroup: Int, at now: Date
    ) async throws -> SurveyEvidence {
        let rounds = try await closedRounds(survey: survey.code, at: now)
        let open =
            try await client.query(
                """
                SELECT count(*) FROM survey_rounds r WHERE r.survey_code = \(survey.code) AND r.opens_at <= \(now)
                  AND (\(now)::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= r.closes_on
                """, logger: logger
            ).collect().first?.decode(Int.self) ?? 0
        return SurveyEvidence(
            rounds: rounds, openRounds: open,
            answers: try await releasedAnswers(
                survey: survey.code, byProvince: grouping == .province, minimumGroup: minimumGroup, at: now),
            labels: try await labels(for: grouping))
    }

    /// The answers `released_survey_answers` gives: of closed rounds with enough answers, in random order.
    public func releasedAnswers(
        survey: String, byProvince: Bool, minimumGroup: Int, at now: Date
    ) async throws -> [SurveyEvidence.Answer] {
        let minimum = max(minimumGroup, SurveyPrivacy.minimumGroup)
        return try await client.query(
            """
            SELECT c.code, a.module_code, a.province_code, a.answers::text
            FROM released_survey_answers(\(survey), \(byProvince), \(minimum)::integer, \(now)) a
            LEFT JOIN classes c ON c.id = a.class_id
            """, logger: logger
        ).collect().map { row in
            let (classCode, module, province, answers) = try row.decode((String?, String?, String?, String).self)
            return SurveyEvidence.Answer(
                classCode: classCode, moduleCode: module, provinceCode: province,
                answers: try JSONDecoder().decode([String: SurveyAnswer].self, from: Data(answers.utf8)))
        }
    }

    private func closedRounds(survey: String, at now: Date) async throws -> [SurveyEvidence.Round] {
        try await client.query(
            """
            WITH closed AS (
                SELECT r.class_id, r.module_code FROM survey_rounds r
                WHERE r.survey_code = \(survey) AND (\(now)::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > r.closes_on
            ), taught AS (
                SELECT k.class_id, k.module_code AS round_module, x.module_code, l.code AS lecturer
                FROM closed k
                JOIN sessions x ON x.class_id = k.class_id AND x.status <> 'cancelled'
                    AND (k.module_code IS NULL OR x.module_code = k.module_code)
                LEFT JOIN session_lecturers sl ON sl.session_id = x.id AND sl.active
                LEFT JOIN lecturers l ON l.id = sl.lecturer_id
            )
            SELECT c.code, k.module_code,
                ARRAY(SELECT DISTINCT t.module_code FROM taught t
                      WHERE t.class_id = k.class_id AND t.round_module IS NOT DISTINCT FROM k.module_code ORDER BY 1),
                ARRAY(SELECT DISTINCT t.lecturer FROM taught t
                      WHERE t.class_id = k.class_id AND t.round_module IS NOT DISTINCT FROM k.module_code
                        AND t.lecturer IS NOT NULL ORDER BY 1),
                (SELECT coalesce(jsonb_object_agg(e.province, e.n), '{}')::text FROM (
                    SELECT coalesce(d.province_code, '') AS province, count(*) AS n FROM delegates d
                    WHERE CASE WHEN k.class_id IS NULL
                        THEN d.term_code = (SELECT term_code FROM surveys WHERE code = \(survey))
                        ELSE EXISTS (SELECT 1 FROM enrollments e WHERE e.class_id = k.class_id
                                     AND e.delegate_id = d.id AND e.status IN ('enrolled', 'completed')) END
                    GROUP BY 1) e),
                (SELECT coalesce(jsonb_object_agg(p.province, p.n), '{}')::text FROM (
                    SELECT coalesce(d.province_code, '') AS province, count(*) AS n
                    FROM survey_respondents s JOIN delegates d ON d.id = s.delegate_id
                    WHERE s.survey_code = \(survey) AND s.class_id IS NOT DISTINCT FROM k.class_id
                      AND s.module_code IS NOT DISTINCT FROM k.module_code
                    GROUP BY 1) p)
            FROM closed k LEFT JOIN classes c ON c.id = k.class_id
            ORDER BY c.code, k.module_code
            """, logger: logger
        ).collect().map { row in
            let (classCode, module, modules, lecturers, eligible, respondents) = try row.decode(
                (String?, String?, [String], [String], String, String).self)
            let decoder = JSONDecoder()
            return SurveyEvidence.Round(
                classCode: classCode, moduleCode: module, modules: modules, lecturers: lecturers,
                eligible: try decoder.decode([String: Int].self, from: Data(eligible.utf8)),
                respondents: try decoder.decode([String: Int].self, from: Data(respondents.utf8)))
        }
    }

    /// The names of a grouping's keys: module titles, lecturers' and provinces' names.
    private func labels(for grouping: SurveyGrouping) async throws -> [String: String] {
        let query: PostgresQuery
        switch grouping {
        case .module: query = "SELECT code, title FROM modules"
        case .lecturer: query = "SELECT code, full_name FROM lecturers"
        case .province: query = "SELECT code, name FROM provinces"
        case .all, .class: return [:]
        }
        var labels: [String: String] = [:]
        for try await (code, name) in try await client.query(query, logger: logger).decode((String, String).self) {
            labels[code] = name
        }
        return labels
    }

    /// The province names, for the demand by province.
    public func provinceNames() async throws -> [String: String] {
        try await labels(for: .province)
    }

    /// Every survey with how many of its rounds are open at `now` and closed, and how many answered.
    public func summaries(at now: Date) async throws -> [SurveySummary] {
        let surveys = try await surveys()
        let rows = try await client.query(
            """
            SELECT r.survey_code,
                count(*) FILTER (WHERE r.opens_at <= \(now)
                    AND (\(now)::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= r.closes_on),
                count(*) FILTER (WHERE (\(now)::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > r.closes_on),
                (SELECT count(*) FROM survey_respondents p WHERE p.survey_code = r.survey_code)
            FROM survey_rounds r GROUP BY r.survey_code
            """, logger: logger
        ).collect()
        var counts: [String: (Int, Int, Int)] = [:]
        for row in rows {
            let (code, open, closed, respondents) = try row.decode((String, Int, Int, Int).self)
            counts[code] = (open, closed, respondents)
        }
        return surveys.map { survey in
            let (open, closed, respondents) = counts[survey.code] ?? (0, 0, 0)
            return SurveySummary(survey: survey, openRounds: open, closedRounds: closed, respondents: respondents)
        }
    }
}
