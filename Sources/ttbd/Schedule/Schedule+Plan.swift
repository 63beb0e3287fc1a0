import ArgumentParser
import Foundation
import TrainingModel
import TrainingPlanner
import TrainingStore

extension TTBD.Schedule {
    /// `ttbd schedule plan CLASS…`: the classes' sessions placed by the planner and written in one transaction.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Plan the sessions of classes: half-days, rooms and lecturers.",
            discussion: """
                Every session of each class's cohorts goes in a half-day of the class's dates at its venue's hours, \
                in a room of the venue that holds the cohort, with a lecturer who teaches the module: modules after \
                their prerequisites, never on weekends, public holidays or sittings of the delegates' bodies, a \
                lecturer in one province per day. Held and pinned sessions stay. First-time delegates' classes go \
                as early as they can. With --replan, sessions that can stay where they are do, and every session \
                that moves is listed. When a class cannot be planned, nothing is written and the reason is given.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The classes' codes.")
        var classes: [String] = []

        @Flag(help: "Move only the sessions that must move after a change (leave, a sitting, a room closed).")
        var replan = false

        @Option(help: "Stop searching for a better plan after this long (30s, 2m, 500ms).")
        var timeLimit = DurationArgument(argument: "30s")!

        @Option(help: "Seed of the search: the same seed and data give the same plan.")
        var seed: UInt64 = 1

        @Flag(help: "Show the plan and write nothing.")
        var dryRun = false

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if classes.isEmpty { throw ValidationError("name at least one class to plan") }
            if Set(classes).count != classes.count { throw ValidationError("a class is named twice") }
        }

        func run() async throws {
            let options = PlanningOptions(seed: seed, timeLimit: timeLimit.duration, replan: replan)
            let started = ContinuousClock.now
            let report = try await database.withOperations {
                try await $0.planSchedule(classCodes: classes, options: options, dryRun: dryRun)
            }
            let elapsed = ContinuousClock.now - started
            switch format {
            case .json: try OutputFormat.printJSON(report)
            // A plan that failed wrote nothing: its classes and costs would read as done; the reasons say it all.
            case .text where report.unplanned.isEmpty:
                print(PlanSummary(report: report, elapsed: elapsed, dryRun: dryRun).text)
            case .text: break
            }
            if !report.unplanned.isEmpty {
                for unplanned in report.unplanned {
                    printError(
                        "class \(unplanned.code) cannot be planned: \(unplanned.reasons.joined(separator: "; "))")
                }
                printError("Nothing was written.")
                throw ExitCode(FailureKind.badData.rawValue)
            }
        }
    }
}
