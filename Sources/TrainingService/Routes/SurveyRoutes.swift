import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/me/surveys…`: the surveys a delegate may answer now, and their answers; `/v1/surveys…`: the staff's list and
/// reports, which show only groups large enough (`SurveyPrivacy`).
struct SurveyRoutes {
    let database: Database
    let now: @Sendable () -> Date

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("me/surveys") { request, context in
            let access = try Access(context, database: database)
            let delegateID = try Self.delegateID(of: access)
            return try request.page(of: try await access.database.surveys.openRounds(delegateID: delegateID, at: now()))
                .response()
        }
        v1.get("me/surveys/:code") { _, context in
            let access = try Access(context, database: database)
            let delegateID = try Self.delegateID(of: access)
            let code = try context.parameters.require("code")
            let survey = try await access.database.surveys.survey(code: code)
            let rounds = try await access.database.surveys.openRounds(delegateID: delegateID, survey: code, at: now())
            return JSONBody(SurveyForDelegate(survey: survey, rounds: rounds))
        }
        v1.put("me/surveys/:code") { request, context in
            let access = try Access(context, database: database)
            let delegateID = try Self.delegateID(of: access)
            let code = try context.parameters.require("code")
            let submission = try await request.json(as: SurveySubmission.self, context: context)
            do {
                return JSONBody(
                    try await access.operations.answerSurvey(
                        code, delegateID: delegateID, submission: submission, at: now()))
            } catch let error as SurveyAnswerError {
                throw Problem(.unprocessableContent, error.wording)
            }
        }
        v1.get("surveys") { _, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            return JSONBody(try await access.database.surveys.summaries(at: now()))
        }
        v1.get("surveys/:code/report") { request, context in
            let access = try Access(context, database: database)
            try access.requireStaffRecord()
            let survey = try await access.database.surveys.survey(code: try context.parameters.require("code"))
            let text = request.uri.queryParameters.get("by") ?? SurveyGrouping.all.rawValue
            guard let grouping = SurveyGrouping(rawValue: text) else {
                let known = SurveyGrouping.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem(.badRequest, "by must be one of \(known).")
            }
            let minimum = try Self.minimumGroup(request)
            let evidence = try await access.database.surveys.evidence(
                survey: survey, grouping: grouping, minimumGroup: minimum, at: now())
            return JSONBody(
                SurveyReport(survey: survey, grouping: grouping, minimumGroup: minimum, evidence: evidence))
        }
    }

    /// The delegate the account is: surveys are answered by delegates only.
    private static func delegateID(of access: Access) throws -> Int {
        guard let id = access.account.delegateID else {
            throw Problem(.notFound, "Your account is not a delegate's, so it has no surveys to answer.")
        }
        return id
    }

    /// `min-group`, at least ``SurveyPrivacy/minimumGroup``: 400 for anything else.
    private static func minimumGroup(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters.get("min-group") else { return SurveyPrivacy.minimumGroup }
        guard let number = Int(text), number >= SurveyPrivacy.minimumGroup else {
            throw Problem(
                .badRequest, "min-group must be a whole number of at least \(number: SurveyPrivacy.minimumGroup).")
        }
        return number
    }
}
