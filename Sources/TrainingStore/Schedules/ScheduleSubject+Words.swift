import TrainingModel

extension ScheduledSession {
    /// Who meets at this session, as a timetable of `subject` needs to say it: the cohort on a class's, the
    /// class on a delegate's (they know their cohort), the class and cohort on a lecturer's or a room's.
    public func group(in subject: ScheduleSubject) -> String {
        switch subject {
        case .trainingClass: session.cohortCode
        case .delegate: session.classCode
        case .lecturer, .room: "\(session.classCode) \(session.cohortCode)"
        }
    }
}

extension ScheduleSubject {
    /// `HN/P1` is room P1 of venue HN; `HN` the whole venue.
    public static func room(named text: String) -> ScheduleSubject {
        guard let slash = text.firstIndex(of: "/") else { return .room(venue: text, room: nil) }
        return .room(venue: String(text[..<slash]), room: String(text[text.index(after: slash)...]))
    }

    /// Lớp B-HN-01, Phòng HN/P1 (Hội trường Hà Nội), …: whose timetable it is, as a Vietnamese heading says it.
    public func name(venueName: String?) -> String { nameWording(venueName: venueName).text(in: .vietnamese) }

    /// Whose timetable it is, in the reader's language: Class B-HN-01, Room HN/P1 (Hội trường Hà Nội), ….
    public func nameWording(venueName: String?) -> Message {
        switch self {
        case .trainingClass(let code): return "Class \(code)"
        case .delegate(let code): return "Delegate \(code)"
        case .lecturer(let code): return "Lecturer \(code)"
        case .room(let venue, let room):
            let place: Message = room.map { "Room \(venue)/\($0)" } ?? "Venue \(venue)"
            return venueName.map { "\(place) (\($0))" } ?? place
        }
    }
}
