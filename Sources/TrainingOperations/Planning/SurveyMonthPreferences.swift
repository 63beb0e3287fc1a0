public import Foundation
import PostgresInfrastructure
public import TrainingModel
public import TrainingPlanner
import TrainingStore

extension TrainingOperations {
    /// The demand needs survey `code` has released at `now` (closed rounds, provinces of at least `minimumGroup`
    /// answers), as the planner's month preferences: each topic a module code, each month `YYYY-MM`. Refused when the
    /// survey is not a needs survey, asks no topic and month questions, or has released nothing yet, so a plan
    /// never quietly ignores the demand it was asked to follow.
    public func monthPreferences(
        fromSurvey code: String, minimumGroup: Int = SurveyPrivacy.minimumGroup, at now: Date
    ) async throws -> MonthPreferences {
        let survey = try await database.surveys.survey(code: code)
        guard survey.kind == .needs else {
            throw StoreError(
                .refused,
                "survey \(code) is not a needs survey: only a needs survey's demand by topic and month can guide a plan"
            )
        }
        let answers = try await database.surveys.releasedAnswers(
            survey: code, byProvince: true, minimumGroup: minimumGroup, at: now)
        guard
            let demand = SurveyDemand(
                survey: survey, minimumGroup: minimumGroup, answers: answers, provinceNames: [:])
        else {
            throw StoreError(
                .refused,
                "needs survey \(code) asks no topic and month questions (demand: topic, demand: month), so it has no"
                    + " demand to plan by")
        }
        let preferences = MonthPreferences(demand)
        guard !preferences.isEmpty else {
            throw StoreError(
                .refused,
                "needs survey \(code) has released no demand yet: answers count once its rounds have closed, and only"
                    + " for provinces with at least \(number: demand.minimumGroup) answers")
        }
        return preferences
    }
}

extension MonthPreferences {
    /// A needs survey's demand: its topics are module codes (`choices: modules`) and its months `YYYY-MM`; the rows
    /// of delegates of no province tell no class's province and are left out.
    init(_ demand: SurveyDemand) {
        self.init()
        for row in demand.rows where !row.province.isEmpty {
            guard let month = Month(parsing: row.month) else { continue }
            add(row.count, module: row.topic, province: row.province, month: month)
        }
    }
}
