/// When a delegate checked in, as a check-in log writes it: a wall-clock time at the venue
/// (`2026-05-04 07:42`), or an instant with its UTC offset (`2026-05-04T07:42:10+07:00`).
public struct CheckInTime: Hashable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Minutes east of UTC; `nil` for a time in the venue's own zone.
    public let utcOffsetMinutes: Int?

    /// Reads `YYYY-MM-DD HH:MM[:SS]` or `dd/mm/yyyy HH:MM[:SS]` (local), or ISO 8601 with `T` or a space and
    /// an offset (`Z`, `+07:00`, `+0700`).
    public init?(parsing text: String) {
        let characters = Array(text)
        guard characters.count >= 16, characters[10] == " " || characters[10] == "T",
            let date = CalendarDate(parsing: String(characters[0..<10]))
        else { return nil }
        var rest = characters[11...]
        guard let hour = Self.number(&rest, digits: 2), rest.popFirst() == ":",
            let minute = Self.number(&rest, digits: 2), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        var second = 0
        if rest.first == ":" {
            rest.removeFirst()
            guard let seconds = Self.number(&rest, digits: 2), (0...59).contains(seconds) else { return nil }
            second = seconds
        }
        var offset: Int?
        switch rest.popFirst() {
        case nil: offset = nil
        case "Z": offset = 0
        case let sign? where sign == "+" || sign == "-":
            guard let hours = Self.number(&rest, digits: 2) else { return nil }
            if rest.first == ":" { rest.removeFirst() }
            guard let minutes = Self.number(&rest, digits: 2), hours <= 14, minutes <= 59 else { return nil }
            offset = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
        default: return nil
        }
        guard rest.isEmpty else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = offset
    }

    /// `YYYY-MM-DD HH:MM:SS`, the wall-clock part, as PostgreSQL reads a `timestamp`.
    public var wallClock: String {
        "\(date) \(Self.twoDigits(hour)):\(Self.twoDigits(minute)):\(Self.twoDigits(second))"
    }

    /// `YYYY-MM-DD HH:MM`, with the seconds when there are some and the offset when there is one.
    public var description: String {
        var text = "\(date) \(Self.twoDigits(hour)):\(Self.twoDigits(minute))"
        if second != 0 { text += ":\(Self.twoDigits(second))" }
        if let utcOffsetMinutes {
            let size = abs(utcOffsetMinutes)
            text += (utcOffsetMinutes < 0 ? "-" : "+") + "\(Self.twoDigits(size / 60)):\(Self.twoDigits(size % 60))"
        }
        return text
    }

    private static func number(_ characters: inout ArraySlice<Character>, digits: Int) -> Int? {
        guard characters.count >= digits else { return nil }
        var value = 0
        for _ in 0..<digits {
            let character = characters.removeFirst()
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
