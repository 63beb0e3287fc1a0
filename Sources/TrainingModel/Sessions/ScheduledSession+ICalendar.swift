extension ScheduledSession {
    /// The session as a calendar event: one UID for its whole life (`session-12@ttbd`) and its revision as
    /// SEQUENCE, so a subscribed calendar moves or cancels the event it already has instead of adding one. Its
    /// description is worded in `language`; the module's title and the places are data.
    public func calendarEvent(in language: Language) -> ICalendarEvent {
        let names = lecturerNames.joined(separator: ", ")
        var about: [Message] = ["Class \(session.classCode), cohort \(session.cohortCode)"]
        if !lecturerNames.isEmpty {
            about.append(lecturerNames.count == 1 ? "Lecturer: \(names)" : "Lecturers: \(names)")
        }
        let place = [roomName, venueName].compactMap { $0 }
        return ICalendarEvent(
            uid: "session-\(session.id)@ttbd", sequence: session.revision, start: startsAt, end: endsAt,
            summary: "\(session.moduleCode). \(moduleTitle)",
            location: place.isEmpty ? nil : place.joined(separator: ", "),
            description: about.map { $0.text(in: language) }.joined(separator: "\n"),
            status: isCancelled ? .cancelled : .confirmed)
    }
}
