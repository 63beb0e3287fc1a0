import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension SurveyStore {
    /// The rounds open at `now` that the delegate with `delegateID` may answer, with whether they did; `survey`
    /// narrows them to one survey.
    public func openRounds(delegateID: Int, survey: String? = nil, at now: Date) async throws -> [SurveyRound] {
        try await client.query(
            """
            SELECT s.code, s.title, s.kind, c.code, r.module_code, r.opens_at, r.closes_on::text, EXISTS (
                SELECT 1 FROM survey_respondents p
                WHERE p.survey_code = r.survey_code AND p.class_id IS NOT DISTINCT FROM r.class_id
                  AND p.module_code IS NOT DISTINCT FROM r.module_code AND p.delegate_id = \(delegateID))
            FROM survey_rounds r
            JOIN surveys s ON s.code = r.survey_code
            LEFT JOIN classes c ON c.id = r.class_id
            WHERE r.opens_at <= \(now) AND (\(now)::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= r.closes_on
              AND (\(survey)::text IS NULL OR s.code = \(survey))
              AND survey_round_eligible(r.survey_code, r.class_id, \(delegateID))
            ORDER BY r.closes_on, s.code, c.code, r.module_code
            """, logger: logger
        ).collect().map { row in
            let (code, title, kind, classCode, module, opensAt, closesOn, answered) = try row.decode(
                (String, String, String, String?, String?, Date, String, Bool).self)
            return SurveyRound(
                surveyCode: code, title: title, kind: Survey.Kind(rawValue: kind) ?? .needs, classCode: classCode,
                moduleCode: module, opensAt: opensAt, closesOn: CalendarDate(parsing: closesOn)!, answered: answered)
        }
    }

    /// Keeps the delegate's answers to one round of `survey` (already checked against its questions), replacing
    /// theirs of before; refused when the round is not theirs, not open yet, or closed.
    public func answer(
        delegateID: Int, survey: String, classCode: String?, moduleCode: String?, answers: [String: SurveyAnswer],
        at now: Date, in transaction: Transaction
    ) async throws {
        let connection = transaction.connection
        var classID: Int?
        if let classCode {
            classID = try await connection.query("SELECT id FROM classes WHERE code = \(classCode)", logger: logger)
                .collect().first?.decode(Int.self)
            guard classID != nil else {
                throw StoreError(.notFound, "no class has the code \(classCode)", remedy: .listClasses)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(answers), as: UTF8.self)
        let outcome = try await connection.query(
            """
            SELECT answer_survey(\(delegateID), \(survey), \(classID), \(moduleCode), \(json)::jsonb, \(now))
            """, logger: logger
        ).collect().first?.decode(String.self)
        let round: Message =
            classCode.map { "survey \(survey) for \(SurveyRound.subject(classCode: $0, moduleCode: moduleCode))" }
            ?? "survey \(survey)"
        switch outcome {
        case "answered": return
        case "not_yours": throw StoreError(.notFound, "\(round) is not one you can answer")
        case "not_open": throw StoreError(.refused, "\(round) is not open yet: it opens when the last session ends")
        case "closed": throw StoreError(.refused, "\(round) is closed; answers are no longer taken")
        default: throw StoreError(.notFound, "\(round) has no round to answer: no session of it has been held")
        }
    }
}
