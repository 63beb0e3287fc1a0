import Foundation

extension ICalendar {
    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as `\n`.
    static func text(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A DATE-TIME in UTC: `20260601T003000Z` (whole seconds).
    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        // Floor division, so a moment before 1970 still has a time of day in 0..<86400.
        let secondOfDay = (seconds % 86_400 + 86_400) % 86_400
        let days = (seconds - secondOfDay) / 86_400
        let day = CalendarDate(daysSinceEpoch: days).description.replacingOccurrences(of: "-", with: "")
        let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60]
            .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
        return "\(day)T\(time)Z"
    }

    /// A content line folded (RFC 5545 3.1) so that no line is longer than 75 octets: the rest goes on
    /// continuation lines that start with a space. A break never falls inside a character's UTF-8 bytes.
    static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += size
        }
        return folded
    }
}
