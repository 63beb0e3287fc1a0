public import TrainingPlanner

extension Database {
    /// `ttbd schedule plan`: plans the classes with `codes` in one transaction. All or nothing: when one class
    /// cannot be planned, or on a dry run, nothing is written and the report says so.
    public func planSchedule(classCodes codes: [String], options: PlanningOptions, dryRun: Bool = false)
        async throws -> PlanReport
    {
        let logger = self.logger
        do {
            return try await transaction { connection in
                var ids: [Int] = []
                for code in codes {
                    guard
                        let row = try await connection.query(
                            "SELECT id FROM classes WHERE code = \(code)", logger: logger
                        )
                        .collect().first
                    else { throw StoreError(.notFound, "no class has the code \(code)") }
                    ids.append(try row.decode(Int.self))
                }
                let report = try await SchedulePlanning.plan(
                    classIDs: ids, options: options, on: connection, logger: logger)
                if dryRun || !report.unplanned.isEmpty { throw RolledBack(report: report) }
                return report
            }
        } catch let rolledBack as RolledBack {
            var report = rolledBack.report
            report.written = false
            return report
        }
    }
}

/// Carries a report out of a transaction that must not commit.
private struct RolledBack: Error {
    var report: PlanReport
}
