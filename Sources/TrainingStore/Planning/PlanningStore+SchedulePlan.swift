import PostgresInfrastructure
public import TrainingPlanner

extension PlanningStore {
    /// Plans the classes with `codes` inside `transaction`: the sessions of the classes planned whole are
    /// written, and the report lists the others with why. Whether the plan is kept (all or nothing, and not
    /// on a dry run) is the caller's decision. `preferences` are the months people asked for each module in.
    public func planSchedule(
        classCodes codes: [String], options: PlanningOptions, preferences: MonthPreferences = MonthPreferences(),
        in transaction: Transaction
    ) async throws -> PlanReport {
        let connection = transaction.connection
        var ids: [Int] = []
        for code in codes {
            guard
                let row = try await connection.query("SELECT id FROM classes WHERE code = \(code)", logger: logger)
                    .collect().first
            else { throw StoreError.noClass(code) }
            ids.append(try row.decode(Int.self))
        }
        return try await SchedulePlanning.plan(
            classIDs: ids, options: options, preferences: preferences, on: connection, logger: logger)
    }
}
