import ArgumentParser
import Foundation
import TrainingModel

/// `2026-05-01..2026-08-31`: the first and the last day, both included.
struct DateWindow: ExpressibleByArgument {
    var first: CalendarDate
    var last: CalendarDate

    init?(argument: String) {
        let parts = argument.components(separatedBy: "..")
        guard parts.count == 2, let first = CalendarDate(parsing: parts[0]), let last = CalendarDate(parsing: parts[1]),
            first <= last
        else { return nil }
        self.first = first
        self.last = last
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
