import ArgumentParser
import TrainingModel
import TrainingStore

/// The marks of `attendance mark` and `me attendance mark`: delegate codes after --present, --late, --excused
/// and --absent, each code given once.
struct AttendanceMarks: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "Delegate codes, comma-separated.",
            vi: "Mã các đại biểu có mặt, cách nhau bằng dấu phẩy.",
            valueName: "C1,C2"))
    var present: [String] = []

    @Option(
        help: .inLanguage(
            en: "Delegate codes, comma-separated.",
            vi: "Mã các đại biểu đi muộn, cách nhau bằng dấu phẩy.",
            valueName: "C1,C2"))
    var late: [String] = []

    @Option(
        help: .inLanguage(
            en: "Delegate codes, comma-separated.",
            vi: "Mã các đại biểu vắng có phép, cách nhau bằng dấu phẩy.",
            valueName: "C1,C2"))
    var excused: [String] = []

    @Option(
        help: .inLanguage(
            en: "Delegate codes, comma-separated.",
            vi: "Mã các đại biểu vắng, cách nhau bằng dấu phẩy.",
            valueName: "C1,C2"))
    var absent: [String] = []

    /// Each code with its mark; a code given twice is a usage error.
    func marks() throws -> [String: AttendanceStatus] {
        var marks: [String: AttendanceStatus] = [:]
        let lists: [(AttendanceStatus, [String])] = [
            (.present, present), (.late, late), (.excused, excused), (.absent, absent),
        ]
        for (status, values) in lists {
            for code in values.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) })
            where !code.isEmpty {
                if let earlier = marks.updateValue(status, forKey: code) {
                    throw ValidationError(
                        localized("delegate \(code) is given as both \(earlier) and \(status); give one mark"))
                }
            }
        }
        return marks
    }

    func validate() throws {
        if try marks().isEmpty {
            throw ValidationError(
                localized("give at least one delegate with --present, --late, --excused or --absent"))
        }
    }

    /// "Marked 3 at session 12: 2 new, 1 changed, 0 unchanged."
    static func summary(_ count: Int, session: Int, _ changes: ChangeCounts) -> String {
        localized(
            "Marked \(number: count) at session \(session): \(number: changes.added) new, \(number: changes.changed) changed, \(number: changes.unchanged) unchanged."
        )
    }
}
