public import Foundation

/// A day on the calendar, without a time or a zone: a birth date, a holiday, the first day of a class.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// `nil` when the day does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` (ISO 8601) or `dd/mm/yyyy` (as Vietnamese forms write it; the day and month may
    /// have one digit).
    public init?(parsing text: String) {
        var numbers: [Int] = []
        var digits: [Int] = []
        var separator: UInt8?
        var current = 0
        var length = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // No part of a date has more than four digits; a longer run would overflow `current`.
                guard length < 4 else { return nil }
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
                length += 1
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                guard separator == nil || separator == byte, length > 0, numbers.count < 2 else { return nil }
                separator = byte
                numbers.append(current)
                digits.append(length)
                current = 0
                length = 0
            default:
                return nil
            }
        }
        numbers.append(current)
        digits.append(length)
        guard numbers.count == 3 else { return nil }
        if separator == UInt8(ascii: "-") {
            guard digits == [4, 2, 2] else { return nil }
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else {
            guard (1...2).contains(digits[0]), (1...2).contains(digits[1]), digits[2] == 4 else { return nil }
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CalendarDate: Codable {
    /// As `YYYY-MM-DD`, the way JSON and people write a day.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date as YYYY-MM-DD that exists")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CalendarDate {
    /// The calendar day it is at `instant` at the training center.
    public static func inVietnam(at instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .vietnam
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

extension CalendarDate {
    /// The instant this day begins at the training center.
    public var midnightInVietnam: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .vietnam
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
