public import TrainingModel

/// What new lecturers would teach, as a plan with them placed it: half-days by module, province and month, and for
/// each module the fewest new lecturers who could teach those very sessions.
public struct LecturerNeeds: Hashable, Sendable, Encodable {
    /// A session a new lecturer teaches in that plan.
    public struct Session: Hashable, Sendable {
        public var module: String
        public var province: String
        public var date: CalendarDate
        public var halfDay: HalfDay

        public init(module: String, province: String, date: CalendarDate, halfDay: HalfDay) {
            self.module = module
            self.province = province
            self.date = date
            self.halfDay = halfDay
        }
    }

    /// Half-days of a module in a province in a month (`YYYY-MM`).
    public struct Row: Hashable, Sendable, Encodable {
        public var module: String
        public var province: String
        public var month: String
        public var halfDays: Int
    }

    /// A module's half-days in all, and the fewest new lecturers of it who could teach them.
    public struct Module: Hashable, Sendable, Encodable {
        public var module: String
        public var halfDays: Int
        public var lecturers: Int
        /// `YYYY-MM`, in order.
        public var months: [String]
        public var provinces: Int
    }

    /// By module, province and month.
    public var rows: [Row]
    /// By module.
    public var modules: [Module]

    public var halfDays: Int { modules.reduce(0) { $0 + $1.halfDays } }
    public var lecturers: Int { modules.reduce(0) { $0 + $1.lecturers } }

    public init(sessions: [Session]) {
        let month = { (session: Session) in String(session.date.description.prefix(7)) }
        rows = Dictionary(grouping: sessions) { [$0.module, $0.province, month($0)] }.map { key, sessions in
            Row(module: key[0], province: key[1], month: key[2], halfDays: sessions.count)
        }.sorted { ($0.module, $0.province, $0.month) < ($1.module, $1.province, $1.month) }
        modules = Dictionary(grouping: sessions, by: \.module).map { module, sessions in
            Module(
                module: module, halfDays: sessions.count, lecturers: Self.fewestLecturers(sessions),
                months: Set(sessions.map(month)).sorted(), provinces: Set(sessions.map(\.province)).count)
        }.sorted { $0.module < $1.module }
    }

    /// A lecturer teaches one session a half-day and is in one province a day, so a day needs, in each province,
    /// as many as the busier of its two half-days there; the busiest day sets the number.
    static func fewestLecturers(_ sessions: [Session]) -> Int {
        var count: [CalendarDate: [String: [HalfDay: Int]]] = [:]
        for session in sessions {
            count[session.date, default: [:]][session.province, default: [:]][session.halfDay, default: 0] += 1
        }
        return count.values.map { provinces in provinces.values.reduce(0) { $0 + ($1.values.max() ?? 0) } }.max() ?? 0
    }
}
