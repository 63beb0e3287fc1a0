import ArgumentParser
import TrainingModel

/// When on its day a session runs: `--slot morning|afternoon` at the venue's hours, or `--from`/`--to`.
struct SessionTimeOptions: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "morning (sáng) or afternoon (chiều), at the venue's hours.",
            vi: "morning (sáng) hoặc afternoon (chiều), theo giờ học của địa điểm."))
    var slot: String?

    @Option(
        help: .inLanguage(
            en: "Start time, e.g. 08:00 (with --to, instead of --slot).",
            vi: "Giờ bắt đầu, ví dụ 08:00 (dùng cùng --to, thay cho --slot)."))
    var from: ClockTime?

    @Option(help: .inLanguage(en: "End time, e.g. 11:00.", vi: "Giờ kết thúc, ví dụ 11:00."))
    var to: ClockTime?

    /// The times asked for, `nil` when none were given.
    func times() throws -> SessionTimes? {
        switch (slot, from, to) {
        case (nil, nil, nil): return nil
        case (let slot?, nil, nil):
            guard let halfDay = HalfDay(rawValue: slot) ?? HalfDay.allCases.first(where: { $0.vietnamese == slot })
            else { throw ValidationError(localized("--slot '\(slot)' is not morning, afternoon, sáng or chiều")) }
            return .halfDay(halfDay)
        case (nil, let from?, let to?):
            guard let hours = ClockRange(start: from, end: to) else {
                throw ValidationError(localized("--from \(from) must be before --to \(to)"))
            }
            return .hours(hours)
        default: throw ValidationError(localized("give either --slot, or both --from and --to"))
        }
    }
}
