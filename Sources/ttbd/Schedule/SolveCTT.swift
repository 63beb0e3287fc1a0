import ArgumentParser
import CourseTimetabling
import Foundation
import TrainingModel

extension TTBD.Schedule {
    /// `ttbd schedule solve-ctt FILE.ctt`: the engine on an ITC-2007 instance, the way the benchmark runs it.
    struct SolveCTT: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "solve-ctt",
            abstract: inLanguage(
                en: "Solve an ITC-2007 curriculum-based course timetabling (.ctt) instance.",
                vi: "Giải một bài toán xếp thời khóa biểu theo chương trình đào tạo của ITC-2007 (tệp .ctt)."),
            discussion: inLanguage(
                en: """
                    Prints the solution (<course> <room> <day> <period> per lecture) on stdout, and on stderr the hard \
                    violations, the UD2 cost broken down, and when the first feasible timetable was found.
                    """,
                vi: """
                    In lời giải (mỗi tiết giảng một dòng <course> <room> <day> <period>) ra đầu ra chuẩn (stdout); \
                    in ra stderr các vi phạm ràng buộc cứng, chi phí UD2 theo từng thành phần, và thời điểm tìm được \
                    thời khóa biểu khả thi đầu tiên.
                    """)
        )

        @Argument(help: .inLanguage(en: "The .ctt instance.", vi: "Tệp bài toán .ctt."))
        var file: String

        @Option(
            help: .inLanguage(
                en: "How long to search: 300, 300s, 5m (as schedule plan takes it).",
                vi: "Thời gian tìm kiếm: 300, 300s, 5m (cùng cách viết như ở schedule plan)."))
        var timeLimit = DurationArgument(argument: "60s")!

        @Option(
            help: .inLanguage(
                en: "Stop after this many moves; with --seed, the same run gives the same solution.",
                vi: "Dừng sau số bước này; khi cùng --seed, các lần chạy cho cùng một lời giải."))
        var iterations: Int?

        @Option(help: .inLanguage(en: "Seed of the random moves.", vi: "Hạt giống (seed) cho các bước ngẫu nhiên."))
        var seed: Int = 1

        func validate() throws {
            if let iterations, iterations <= 0 {
                throw ValidationError(localized("--iterations must be positive, got \(iterations)"))
            }
        }

        func run() throws {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw InputError(
                    at: SourceLocation(file: file, line: 1, column: 1),
                    "cannot read the file (\(error.localizedDescription)); expected a readable .ctt instance")
            }
            let problem = try CTTReader(file: file).read(text)
            let start = ContinuousClock.now
            let elapsed: @Sendable () -> Double = { (ContinuousClock.now - start) / .seconds(1) }
            let showsProgress = isatty(STDERR_FILENO) != 0
            var options = SolverOptions(
                seed: UInt64(truncatingIfNeeded: seed), iterationLimit: iterations,
                timeLimit: TimeLimit(seconds: timeLimit.duration / .seconds(1), elapsed: elapsed))
            if showsProgress { options.progress = Self.showProgress }
            if showsProgress { printError(localized("solving \(problem.name)…")) }
            let result = Solver(options: options).solve(problem)
            let seconds = elapsed()
            print(result.timetable.cttSolution(for: problem), terminator: "")
            report(result, problem: problem, seconds: seconds)
        }

        /// One line on the terminal, rewritten in place as the search goes.
        @Sendable static func showProgress(_ progress: SolverProgress) {
            let percent = Int(progress.fraction * 100)
            printError("\u{1B}[1A\u{1B}[2K[\(percent)%] best: hard \(progress.bestHard), soft \(progress.bestSoft)")
        }

        /// The result on stderr, in English whatever the language: scripts/bench/ctt reads these lines.
        func report(_ result: SolveResult, problem: Problem, seconds: Double) {
            let score = result.score
            let parts = ["room capacity", "minimum working days", "isolated lectures", "room stability"]
            let cost = parts.reduce(0) { $0 + score.cost(of: $1) }
            printError("instance: \(problem.name) (\(file))")
            printError(
                "size: \(problem.courses.count) courses, \(problem.lectureCount) lectures, \(problem.rooms.count) rooms, "
                    + "\(problem.periodCount) periods, \(problem.curricula.count) curricula")
            printError("hard violations: \(score.hardViolations)")
            printError("cost: \(cost) (" + parts.map { "\($0) \(score.cost(of: $0))" }.joined(separator: ", ") + ")")
            if let first = result.firstFeasibleSeconds {
                printError("first feasible: \(String(format: "%.3f", first)) s")
            } else {
                printError("first feasible: never")
            }
            let rate = seconds > 0 ? Int(Double(result.iterations) / seconds) : 0
            printError(
                "iterations: \(result.iterations) in \(String(format: "%.1f", seconds)) s (\(rate) per second), seed \(seed)"
            )
            for line in result.explanation { printError("  \(line)") }
        }
    }
}
