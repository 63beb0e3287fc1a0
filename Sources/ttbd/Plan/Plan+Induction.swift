import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD.Plan {
    /// `ttbd plan induction`: classes for every first-time delegate still to train, formed, filled and scheduled.
    struct Induction: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "induction",
            abstract: "Form, fill and schedule the induction classes of a program for a term's first-time delegates.",
            discussion: """
                Takes the first-time delegates of the term in the program's audience who are neither trained in it \
                nor enrolled or wait-listed in one of its classes. Classes are per province: a province with no more \
                than --class-size of them is one class; a larger one is split by commune (communes kept whole, \
                small ones grouped, sizes even). Each class meets at a venue of its province, in cohorts that fit \
                its largest room, within --within, and every class is scheduled. A class that cannot be scheduled \
                is not created; its delegates are listed as left out with the reason. All in one transaction; \
                --dry-run shows the plan and keeps nothing.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table
            case json
        }

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The program's code, e.g. CT-B.")
        var program: String

        @Option(help: "The term's code, e.g. 2026-2031.")
        var term: String

        @Option(help: ArgumentHelp("The days the classes meet in, both included.", valueName: "YYYY-MM-DD..YYYY-MM-DD"))
        var within: DateWindow

        @Option(help: "At most this many delegates in a class.")
        var classSize: Int

        @Flag(help: "Show the plan and write nothing.")
        var dryRun = false

        @Option(
            help: ArgumentHelp(
                "Stop searching for a better schedule after this long (30s, 2m, 500ms).", valueName: "30s"))
        var timeLimit = DurationArgument(argument: "30s")!

        @Option(help: "Seed of the scheduler's random moves: the same seed gives the same plan.")
        var seed: UInt64 = 1

        @Option(help: "table or json.")
        var format: Format = .table

        func validate() throws {
            guard classSize > 0 else { throw ValidationError("--class-size must be positive, got \(classSize)") }
        }

        func run() async throws {
            let request = InductionRequest(
                program: program, term: term, startsOn: within.first, endsOn: within.last, classSize: classSize,
                dryRun: dryRun, timeLimit: timeLimit.duration, seed: seed)
            let progress = Progress(label: "plan induction")
            let clock = ContinuousClock()
            let start = clock.now
            let report = try await database.withOperations { operations in
                try await operations.planInduction(request) { progress.say($0) }
            }
            progress.finish()
            let seconds = (clock.now - start) / .seconds(1)
            switch format {
            case .json: try OutputFormat.printJSON(report)
            case .table: print(InductionSummary(report: report, seconds: seconds).text)
            }
        }
    }
}
