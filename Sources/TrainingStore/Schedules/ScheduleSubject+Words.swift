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

    /// Lớp B-HN-01, Phòng HN/P1 (Hội trường Hà Nội), …: whose timetable it is, as a heading says it.
    public func name(venueName: String?) -> String {
        switch self {
        case .trainingClass(let code): return "Lớp " + code
        case .delegate(let code): return "Đại biểu " + code
        case .lecturer(let code): return "Giảng viên " + code
        case .room(let venue, let room):
            let place = room.map { "Phòng \(venue)/\($0)" } ?? "Địa điểm \(venue)"
            return place + (venueName.map { " (\($0))" } ?? "")
        }
    }
}
