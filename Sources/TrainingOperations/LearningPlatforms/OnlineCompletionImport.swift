import Foundation
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Marks an online module done for the delegates Moodle's course completion report shows as complete, in
    /// one transaction (rolled back when `dryRun`, its result still returned). The module counts through
    /// attendance, the one definition of completion: see ``LearningPlatformStore/markOnlineModuleDone``.
    public func importMoodleCompletion(
        _ report: MoodleCompletionReport, file: String, module: String, classCode: String?, dryRun: Bool,
        now: Date
    ) async throws -> OnlineCompletionResult {
        do {
            var result = try await database.transaction(dryRun: dryRun) {
                try await database.learningPlatforms.markOnlineModuleDone(
                    report, file: file, module: module, classCode: classCode, now: now, in: $0)
            }
            result.dryRun = dryRun
            return result
        } catch {
            throw StoreError(withdrawnMeanwhile: error) ?? error
        }
    }
}
