public import Foundation

/// An iCalendar (RFC 5545) calendar of events, written the way calendar clients subscribe to it: the
/// `ttbd schedule show --format ics` file and the service's feeds are the same text.
///
/// Times are written in UTC, so no VTIMEZONE is needed and every client shows them in its own zone.
public struct ICalendar: Sendable, Equatable {
    /// PRODID: who wrote the calendar.
    public var productID: String
    public var events: [ICalendarEvent]

    public init(productID: String = "-//ttbd//Lịch bồi dưỡng đại biểu//VI", events: [ICalendarEvent]) {
        self.productID = productID
        self.events = events
    }

    /// The calendar as text: CRLF line endings and lines folded at 75 octets. `stamp` is DTSTAMP, the moment
    /// the calendar was written, passed in so the same calendar gives the same text.
    public func render(stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.text(productID)]
        lines += ["CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for event in events {
            lines += event.lines(stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }
}

/// One VEVENT.
public struct ICalendarEvent: Sendable, Equatable {
    /// STATUS of an event.
    public enum Status: String, Sendable {
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// UID: the same for every version of the event, so clients replace it instead of adding another.
    public var uid: String
    /// SEQUENCE: raised on each change a subscriber must see; a client keeps the highest it has seen.
    public var sequence: Int
    public var start: Date
    public var end: Date
    public var summary: String
    public var location: String?
    public var description: String?
    public var status: Status

    public init(
        uid: String, sequence: Int, start: Date, end: Date, summary: String, location: String? = nil,
        description: String? = nil, status: Status = .confirmed
    ) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.status = status
    }

    func lines(stamp: Date) -> [String] {
        var lines = [
            "BEGIN:VEVENT", "UID:" + ICalendar.text(uid), "DTSTAMP:" + ICalendar.utc(stamp),
            "DTSTART:" + ICalendar.utc(start), "DTEND:" + ICalendar.utc(end), "SEQUENCE:\(sequence)",
            "STATUS:" + status.rawValue, "SUMMARY:" + ICalendar.text(summary),
        ]
        if let location { lines.append("LOCATION:" + ICalendar.text(location)) }
        if let description { lines.append("DESCRIPTION:" + ICalendar.text(description)) }
        lines.append("END:VEVENT")
        return lines
    }
}
