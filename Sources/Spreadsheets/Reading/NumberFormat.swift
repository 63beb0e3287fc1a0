import Foundation
import TrainingModel

/// How a cell's number format makes Excel show a number, as far as an import needs it: a date or a time
/// (the number is a serial day), digits padded with zeros (`000` shows 7 as `007`, how codes keep their
/// zeros), or the number as it is.
enum NumberFormat: Equatable {
    case general
    case date
    case zeroPadded(Int)

    /// Excel's built-in formats that are dates or times (ECMA-376 §18.8.30 and the East Asian ones).
    private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    init(id: Int, code: String?) {
        if let code {
            self.init(code: code)
        } else {
            self = Self.builtInDates.contains(id) ? .date : .general
        }
    }

    init(code: String) {
        // What the format shows, without its quoted text, escaped characters, colours and conditions.
        var shown = ""
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
            } else if character == "\"" {
                quoted.toggle()
            } else if quoted {
                continue
            } else if character == "\\" || character == "_" || character == "*" {
                escaped = true
            } else if character == "[" {
                bracketed = true
            } else if character == "]" {
                bracketed = false
            } else if !bracketed {
                shown.append(character)
            }
        }
        let section = shown.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if !section.isEmpty, section.allSatisfy({ $0 == "0" }) {
            self = .zeroPadded(section.count)
        } else if section.lowercased().contains(where: { "dmyhs".contains($0) }) {
            self = .date
        } else {
            self = .general
        }
    }

    /// The text a person sees for `number` in this format: dates as `YYYY-MM-DD` (with ` HH:MM` when the
    /// serial has a time of day, `HH:MM` alone for a time, `:SS` when the seconds are not zero: a check-in at
    /// 08:15:20 is late for a session at 08:15), what the readers of ttbd take.
    func text(_ number: Double, date1904: Bool) -> String {
        switch self {
        case .zeroPadded(let width) where number == number.rounded() && number >= 0 && number < 1e15:
            let digits = String(Int64(number))
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        case .date where number.isFinite && number >= 0 && number < 2_958_466:
            return Self.dateText(serial: number, date1904: date1904)
        default:
            return Self.plain(number)
        }
    }

    /// A number as Excel's General format shows it: no `.0` on whole numbers, no exponent for codes.
    static func plain(_ number: Double) -> String {
        if number == number.rounded() && abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// Serial 0 is 1899-12-30 in the 1900 system (Excel's fictitious 1900-02-29 lies before every real date
    /// an import sees), 1904-01-01 in the 1904 one: 25,569 and 24,107 days before 1970-01-01.
    static func epochOffset(date1904: Bool) -> Int { date1904 ? 24_107 : 25_569 }

    private static func dateText(serial: Double, date1904: Bool) -> String {
        let seconds = Int((serial * 86_400).rounded())
        let secondOfDay = seconds % 86_400
        let (hour, minute, second) = (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
        let time =
            String(format: "%02d:%02d", hour, minute) + (second == 0 ? "" : String(format: ":%02d", second))
        if serial < 1 && !date1904 { return time }
        let day = CalendarDate(daysSinceEpoch: seconds / 86_400 - epochOffset(date1904: date1904)).description
        return secondOfDay == 0 ? day : day + " " + time
    }
}
