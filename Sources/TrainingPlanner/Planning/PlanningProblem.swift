public import TrainingModel

/// The center's timetabling question, in half-days: place every session of some classes' cohorts in a half-day
/// of the class's window, a room of its venue big enough for the cohort, and a lecturer who teaches the module,
/// around everything already on the calendar.
///
/// What the database knows about time is already turned into busy half-days: weekends, public holidays and the
/// sittings of the cohort's bodies for cohorts; leave and other classes' sessions for lecturers; closures and other
/// sessions for rooms. Each busy half-day carries its reason, for explanations.
public struct PlanningProblem: Sendable {
    /// The half-days of the planning horizon, in time order, two per date.
    public var slots: [PlanningSlot]
    public var lecturers: [PlanningLecturer]
    public var rooms: [PlanningRoom]
    public var modules: [PlanningModule]
    public var classes: [PlanningClass]
    /// What people asked for, module by module and month by month: a soft preference, none by default.
    public var monthPreferences = MonthPreferences()

    public init(
        slots: [PlanningSlot], lecturers: [PlanningLecturer], rooms: [PlanningRoom], modules: [PlanningModule],
        classes: [PlanningClass]
    ) {
        self.slots = slots
        self.lecturers = lecturers
        self.rooms = rooms
        self.modules = modules
        self.classes = classes
    }

    /// The half-days of every date from `first` to `last`, morning before afternoon.
    public static func slots(from first: CalendarDate, to last: CalendarDate) -> [PlanningSlot] {
        guard first <= last else { return [] }
        return (first.daysSinceEpoch...last.daysSinceEpoch).flatMap { day in
            HalfDay.allCases.map { PlanningSlot(date: CalendarDate(daysSinceEpoch: day), halfDay: $0) }
        }
    }

    /// The index of the date a half-day is on: two half-days per date.
    public func day(of slot: Int) -> Int { slot / HalfDay.allCases.count }

    /// "2026-05-04 sáng".
    public func describe(slot: Int) -> String {
        "\(slots[slot].date) \(slots[slot].halfDay.vietnamese)"
    }

    /// The half-day in a sentence: "2026-05-04 sáng" in English, "04/05/2026 sáng" in Vietnamese.
    public func wording(slot: Int) -> Message {
        "\(day: slots[slot].date) \(slots[slot].halfDay.vietnamese)"
    }
}

/// A half-day: a date and its morning or afternoon.
public struct PlanningSlot: Hashable, Sendable {
    public var date: CalendarDate
    public var halfDay: HalfDay

    public init(date: CalendarDate, halfDay: HalfDay) {
        self.date = date
        self.halfDay = halfDay
    }
}

/// A lecturer who may be given sessions: busy on some half-days, and already somewhere on some days (another
/// class's session in a province), since a lecturer is never in two provinces on one day.
public struct PlanningLecturer: Sendable {
    public var code: String
    public var name: String
    public var homeProvince: String?
    /// Half-day → why the lecturer cannot teach then ("on leave", "teaches session 12 …").
    public var busy: [Int: Message]
    /// Day index → the province where the lecturer already teaches that day.
    public var provinceByDay: [Int: String]

    public init(
        code: String, name: String, homeProvince: String? = nil, busy: [Int: Message] = [:],
        provinceByDay: [Int: String] = [:]
    ) {
        self.code = code
        self.name = name
        self.homeProvince = homeProvince
        self.busy = busy
        self.provinceByDay = provinceByDay
    }

    /// Busy half-days whose reasons are data (a note staff typed), shown as they are in every language.
    public init(
        code: String, name: String, homeProvince: String? = nil, busy: [Int: String],
        provinceByDay: [Int: String] = [:]
    ) {
        self.init(
            code: code, name: name, homeProvince: homeProvince, busy: busy.mapValues(Message.init(verbatim:)),
            provinceByDay: provinceByDay)
    }
}

/// A room of a venue: one session per half-day, at most `capacity` delegates.
public struct PlanningRoom: Sendable {
    /// `VENUE/ROOM`.
    public var name: String
    public var capacity: Int
    /// Half-day → why the room cannot be used (closed, another class's session).
    public var busy: [Int: Message]

    public init(name: String, capacity: Int, busy: [Int: Message] = [:]) {
        self.name = name
        self.capacity = capacity
        self.busy = busy
    }

    /// Busy half-days whose reasons are data (a note staff typed), shown as they are in every language.
    public init(name: String, capacity: Int, busy: [Int: String]) {
        self.init(name: name, capacity: capacity, busy: busy.mapValues(Message.init(verbatim:)))
    }
}

/// A module (chuyên đề): who can teach it and which modules come before it.
public struct PlanningModule: Sendable {
    public var code: String
    /// Indexes into ``PlanningProblem/modules``; within a class these are taught first.
    public var prerequisites: [Int]
    /// Indexes into ``PlanningProblem/lecturers``.
    public var lecturers: [Int]

    public init(code: String, prerequisites: [Int] = [], lecturers: [Int]) {
        self.code = code
        self.prerequisites = prerequisites
        self.lecturers = lecturers
    }
}

/// A class to plan: where it meets, when it may meet, what it teaches, and its cohorts.
public struct PlanningClass: Sendable {
    public var code: String
    /// The venue's province; `nil` for an online class (no rooms, no travel).
    public var province: String?
    /// `VENUE` for messages; `nil` online.
    public var venue: String?
    /// Indexes into ``PlanningProblem/rooms``: the venue's rooms. Empty for an online class.
    public var rooms: [Int]
    /// The half-days from the class's first date to its last; `nil` when it has none in the horizon.
    public var window: ClosedRange<Int>?
    /// Cost per half-day a session is later than the window's start: the "first-time delegates early" preference.
    public var earliness: Int
    /// Indexes into ``PlanningProblem/modules``, in the program's order.
    public var modules: [Int]
    public var cohorts: [PlanningCohort]

    public init(
        code: String, province: String?, venue: String?, rooms: [Int], window: ClosedRange<Int>?, earliness: Int,
        modules: [Int], cohorts: [PlanningCohort]
    ) {
        self.code = code
        self.province = province
        self.venue = venue
        self.rooms = rooms
        self.window = window
        self.earliness = earliness
        self.modules = modules
        self.cohorts = cohorts
    }
}

/// The delegates who take a class together: never in two sessions at once.
public struct PlanningCohort: Sendable {
    public var code: String
    public var size: Int
    /// Half-day → why the cohort is not free (weekend, holiday, a sitting of its body).
    public var busy: [Int: Message]
    /// Per module of the class (same order as ``PlanningClass/modules``): sessions still to place.
    public var sessionsToPlace: [Int]
    /// Sessions that stay where they are (held, or pinned by staff): they take the cohort's half-day and count for
    /// the order of modules.
    public var fixed: [FixedSession]
    /// Where the cohort's movable sessions are now, for re-planning and for telling what moved.
    public var previous: [PlannedSession]

    public init(
        code: String, size: Int, busy: [Int: Message] = [:], sessionsToPlace: [Int], fixed: [FixedSession] = [],
        previous: [PlannedSession] = []
    ) {
        self.code = code
        self.size = size
        self.busy = busy
        self.sessionsToPlace = sessionsToPlace
        self.fixed = fixed
        self.previous = previous
    }

    /// Busy half-days whose reasons are data (a note staff typed), shown as they are in every language.
    public init(
        code: String, size: Int, busy: [Int: String], sessionsToPlace: [Int], fixed: [FixedSession] = [],
        previous: [PlannedSession] = []
    ) {
        self.init(
            code: code, size: size, busy: busy.mapValues(Message.init(verbatim:)), sessionsToPlace: sessionsToPlace,
            fixed: fixed, previous: previous)
    }
}

/// A session the planner must leave in place.
public struct FixedSession: Hashable, Sendable {
    /// Index into the class's ``PlanningClass/modules``.
    public var module: Int
    public var slot: Int

    public init(module: Int, slot: Int) {
        self.module = module
        self.slot = slot
    }
}

/// A session of a cohort placed in a half-day, a room (none online) and with a lecturer.
public struct PlannedSession: Hashable, Sendable {
    /// Index into the class's ``PlanningClass/modules``.
    public var module: Int
    public var slot: Int
    public var room: Int?
    public var lecturer: Int

    public init(module: Int, slot: Int, room: Int?, lecturer: Int) {
        self.module = module
        self.slot = slot
        self.room = room
        self.lecturer = lecturer
    }
}
