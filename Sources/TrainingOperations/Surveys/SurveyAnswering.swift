import Foundation
import PostgresInfrastructure
public import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Keeps a delegate's answers to `code`, replacing theirs of before: the answers are checked against the
    /// questions first (``SurveyAnswerError`` with every problem), then the round is the one the submission names,
    /// or the delegate's only open round of the survey. Returns the round answered.
    public func answerSurvey(
        _ code: String, delegateID: Int, submission: SurveySubmission, at now: Date
    ) async throws -> SurveyRound {
        let survey = try await database.surveys.survey(code: code)
        let (answers, problems) = survey.check(submission.answers)
        guard problems.isEmpty else { throw SurveyAnswerError(survey: code, problems: problems) }
        let open = try await database.surveys.openRounds(delegateID: delegateID, survey: code, at: now)
        let round = try Self.round(of: survey, among: open, for: submission)
        try await database.transaction(dryRun: false) { transaction in
            try await database.surveys.answer(
                delegateID: delegateID, survey: code, classCode: round.classCode, moduleCode: round.moduleCode,
                answers: answers, at: now, in: transaction)
        }
        // Kept, so the round was open to the delegate: it is one of those read before.
        guard var answered = open.first(where: { $0.classCode == round.classCode && $0.moduleCode == round.moduleCode })
        else { throw StoreError(.inconsistentData, "survey \(code) took an answer for a round not open") }
        answered.answered = true
        return answered
    }

    /// The round a submission answers. A round it names that is not open to the delegate is still tried, so the
    /// database says why (closed, not theirs, not open yet).
    private static func round(
        of survey: Survey, among open: [SurveyRound], for submission: SurveySubmission
    ) throws -> (classCode: String?, moduleCode: String?) {
        let matching = open.filter { $0.matches(classCode: submission.classCode, moduleCode: submission.moduleCode) }
        if matching.count == 1 { return (matching[0].classCode, matching[0].moduleCode) }
        if matching.count > 1 {
            let subjects = matching.map(\.subject).joined(separator: ", ")
            throw StoreError(
                .refused,
                "survey \(survey.code) is open to you for \(subjects); say which class (and module) your answers are for"
            )
        }
        let named = submission.classCode != nil && (survey.kind == .afterClass || submission.moduleCode != nil)
        if survey.kind == .needs || named { return (submission.classCode, submission.moduleCode) }
        throw StoreError(.refused, "survey \(survey.code) has no round open to you now")
    }
}
