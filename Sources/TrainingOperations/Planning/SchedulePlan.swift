public import TrainingPlanner
import TrainingStore

extension TrainingOperations {
    /// Plans the classes with `codes` in one transaction, all or nothing: when one class cannot be planned,
    /// or on a dry run, nothing is written and the report says so (`written` is false). `preferences` are the
    /// months people asked for each module in (``monthPreferences(fromSurvey:minimumGroup:at:)``).
    public func planSchedule(
        classCodes codes: [String], options: PlanningOptions, preferences: MonthPreferences = MonthPreferences(),
        dryRun: Bool = false
    ) async throws -> PlanReport {
        let kept: @Sendable (PlanReport) -> Bool = { !dryRun && $0.unplanned.isEmpty }
        var report = try await database.transaction(committingWhen: kept) {
            try await database.planning.planSchedule(
                classCodes: codes, options: options, preferences: preferences, in: $0)
        }
        report.written = kept(report)
        return report
    }
}
