extension ScheduledSession {
    /// The session as a calendar event: one UID for its whole life (`session-12@ttbd`) and its revision as
    /// SEQUENCE, so a subscribed calendar moves or cancels the event it already has instead of adding one.
    public var calendarEvent: ICalendarEvent {
        var about = ["Lớp \(session.classCode), nhóm \(session.cohortCode)"]
        if !lecturerNames.isEmpty { about.append("Giảng viên: " + lecturerNames.joined(separator: ", ")) }
        let place = [roomName, venueName].compactMap { $0 }
        return ICalendarEvent(
            uid: "session-\(session.id)@ttbd", sequence: session.revision, start: startsAt, end: endsAt,
            summary: "\(session.moduleCode). \(moduleTitle)",
            location: place.isEmpty ? nil : place.joined(separator: ", "),
            description: about.joined(separator: "\n"), status: isCancelled ? .cancelled : .confirmed)
    }
}
