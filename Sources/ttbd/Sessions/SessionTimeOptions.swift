import ArgumentParser
import TrainingModel

/// When on its day a session runs: `--slot morning|afternoon` at the venue's hours, or `--from`/`--to`.
struct SessionTimeOptions: ParsableArguments {
    @Option(help: "morning (sáng) or afternoon (chiều), at the venue's hours.")
    var slot: String?

    @Option(help: "Start time, e.g. 08:00 (with --to, instead of --slot).")
    var from: ClockTime?

    @Option(help: "End time, e.g. 11:00.")
    var to: ClockTime?

    /// The times asked for, `nil` when none were given.
    func times() throws -> SessionTimes? {
        switch (slot, from, to) {
        case (nil, nil, nil): return nil
        case (let slot?, nil, nil):
            guard let halfDay = HalfDay(rawValue: slot) ?? HalfDay.allCases.first(where: { $0.vietnamese == slot })
            else { throw ValidationError("--slot '\(slot)' is not morning, afternoon, sáng or chiều") }
            return .halfDay(halfDay)
        case (nil, let from?, let to?):
            guard let hours = ClockRange(start: from, end: to) else {
                throw ValidationError("--from \(from) must be before --to \(to)")
            }
            return .hours(hours)
        default: throw ValidationError("give either --slot, or both --from and --to")
        }
    }
}
