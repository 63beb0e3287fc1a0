import Foundation
import TrainingModel

/// A conference's programme as a CSV or a workbook's sheet: `day, start, end, title, speaker`, one session a row,
/// what `conferences add-session` takes. A day must be one of the conference's, and no two sessions start at
/// the same time on one day (the start is what a re-import keeps a session by).
public struct ProgrammeSheet: Sendable {
    enum Column: String, SheetColumn {
        case day, start, end, title, speaker

        var vietnameseHeader: String {
            switch self {
            case .day: "Ngày"
            case .start: "Bắt đầu"
            case .end: "Kết thúc"
            case .title: "Nội dung"
            case .speaker: "Người trình bày"
            }
        }

        static let required: [Column] = [.day, .start, .end, .title]
    }

    public let file: String
    /// The conference's first and last day.
    public let days: ClosedRange<CalendarDate>

    public init(file: String, days: ClosedRange<CalendarDate>) {
        self.file = file
        self.days = days
    }

    public func read(_ data: Data) throws(InputError) -> [SheetRow<ProgrammeSession>] {
        let expectedDay: Message = "a day of the conference, \(day: days.lowerBound) to \(day: days.upperBound)"
        return try SheetReader<Column>(file: file).read(data, key: { "\($0.day) \($0.starts)" }) {
            (cells: inout SheetCells<Column>) -> ProgrammeSession? in
            let day =
                cells.required(.day, expectedDay) != nil
                ? cells.value(.day, expected: expectedDay) {
                    CalendarDate(parsing: $0).flatMap { days.contains($0) ? $0 : nil }
                }
                : nil
            let starts = time(.start, in: &cells)
            var ends = time(.end, in: &cells)
            if let starts, let end = ends, end <= starts {
                cells.report(.end, "end \(end) is not after start \(starts); expected a later time")
                ends = nil
            }
            let title = cells.name(.title, "what the session is about")
            let speaker = cells.text(.speaker)
            if let speaker,
                let problem = InputLimits.lengthProblem(
                    speaker, limit: InputLimits.name, what: "\(Column.speaker.rawValue)")
            {
                cells.report(.speaker, problem)
                return nil
            }
            guard let day, let starts, let ends, let title else { return nil }
            return ProgrammeSession(
                day: day, starts: starts, ends: ends, title: title.precomposedStringWithCanonicalMapping,
                speaker: speaker?.precomposedStringWithCanonicalMapping)
        }
    }

    private func time(_ column: Column, in cells: inout SheetCells<Column>) -> ClockTime? {
        guard cells.required(column, "a time of day as HH:MM") != nil else { return nil }
        return cells.value(column, expected: "a time of day as HH:MM, such as 08:00", ClockTime.init(parsing:))
    }
}
