import ArgumentParser

/// A duration on the command line: `30s`, `2m`, `500ms`, or a number of seconds.
struct DurationArgument: ExpressibleByArgument, Sendable {
    var duration: Duration
    /// As it was written, for help texts.
    var text: String

    init?(argument: String) {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let unit = units.first { argument.hasSuffix($0.suffix) && Double(argument.dropLast($0.suffix.count)) != nil }
        guard let value = Double(unit.map { String(argument.dropLast($0.suffix.count)) } ?? argument), value > 0,
            value.isFinite
        else { return nil }
        duration = .milliseconds(Int((value * (unit?.seconds ?? 1) * 1000).rounded()))
        text = argument
    }

    var defaultValueDescription: String { text }
}
