import Foundation
import HTTPTypes
import Hummingbird
import TrainingStore

extension Request {
    /// Answers 304 Not Modified, without building the body, when the client's copy (`If-None-Match`, or else
    /// `If-Modified-Since`) is of `revision`; otherwise builds the response with `build` and gives it its
    /// validators. `representation` tells apart the forms one URL has (JSON, iCalendar), so their tags differ.
    func conditional(
        on revision: DelegateRevision, representation: String, cacheControl: String,
        build: () async throws -> Response
    ) async throws -> Response {
        let tag = "W/\"\(representation)-\(revision.own)-\(revision.shared)\""
        // HTTP dates have whole seconds: a change within the second a client saw counts as seen only by the tag.
        let modified = Date(timeIntervalSince1970: revision.changedAt.timeIntervalSince1970.rounded(.down))
        var validators = HTTPFields()
        validators[.eTag] = tag
        validators[.lastModified] = HTTPDate.text(of: modified)
        validators[.cacheControl] = cacheControl
        validators[.vary] = "Accept"
        if isCurrent(tag: tag, modified: modified) {
            return Response(status: .notModified, headers: validators)
        }
        var response = try await build()
        for field in validators { response.headers[field.name] = field.value }
        return response
    }

    private func isCurrent(tag: String, modified: Date) -> Bool {
        if let match = headers[.ifNoneMatch] {
            let opaque = { (text: Substring) in text.hasPrefix("W/") ? text.dropFirst(2) : text }
            return match.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces)[...] }.contains {
                $0 == "*" || opaque($0) == opaque(tag[...])
            }
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return modified <= since
        }
        return false
    }
}

/// RFC 9110's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT": written by hand on every conditional answer (a
/// DateFormatter per request costs more than the revision query), read with a formatter only when a client sends
/// `If-Modified-Since`.
enum HTTPDate {
    static func text(of date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return
            "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}
