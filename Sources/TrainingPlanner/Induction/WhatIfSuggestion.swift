public import TrainingModel

/// One change that would place delegates an induction plan leaves out, on its own, with its effect: the plan was
/// run again with the change applied. Lecturers' own calendars and the sittings stay as they are in every change.
public struct WhatIfSuggestion: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// New lecturers for some modules, where and when they would teach.
        case lecturers(LecturerNeeds)
        /// The classes' window ends on this day instead.
        case endDate(CalendarDate)
        /// Classes of up to this many delegates.
        case classSize(Int)
        /// These provinces' classes meet online: no venue, no room (a class is one cohort), no travel.
        case online(provinces: [String])
    }

    /// `nil` when no change of this kind, within its bound, places anyone.
    public var change: Change?
    /// `lecturers`, `end-date`, `class-size` or `online`.
    public var kind: String
    /// Of the delegates the plan leaves out, how many the change places.
    public var places: Int
    /// Delegates still left out with the change.
    public var remaining: Int
    /// The change and its effect in a sentence, worded in the reader's language.
    public var explanation: Message

    public init(kind: String, change: Change?, places: Int, remaining: Int, explanation: Message) {
        self.kind = kind
        self.change = change
        self.places = places
        self.remaining = remaining
        self.explanation = explanation
    }
}

extension WhatIfSuggestion {
    /// The effect in words: how many of the left out it places and how many remain.
    private static func effect(leftOut: Int, remaining: Int) -> Message {
        "places \(number: leftOut - remaining) of the \(number: leftOut) left out, \(number: remaining) remain"
    }

    /// New lecturers teaching `needs`; `remaining` left out with them, of `leftOut`.
    public static func lecturers(_ needs: LecturerNeeds, leftOut: Int, remaining: Int) -> Self {
        guard !needs.rows.isEmpty, remaining < leftOut else {
            return Self(
                kind: "lecturers", change: nil, places: 0, remaining: leftOut,
                explanation: "More lecturers place none of them: the window, the sittings or the rooms keep them out.")
        }
        return Self(
            kind: "lecturers", change: .lecturers(needs), places: leftOut - remaining, remaining: remaining,
            explanation:
                "More lecturers: \(number: needs.halfDays) lecturer half-days, at least \(number: needs.lecturers) new "
                + "lecturers: \(effect(leftOut: leftOut, remaining: remaining)).")
    }

    /// The window ending on `date` instead of `end`; `nil` when no day up to `bound` places anyone.
    public static func endDate(
        _ found: (date: CalendarDate, leftOut: Int)?, end: CalendarDate, bound: CalendarDate, leftOut: Int
    ) -> Self {
        guard let found else {
            return Self(
                kind: "end-date", change: nil, places: 0, remaining: leftOut,
                explanation: "No end date up to \(day: bound) places any of them.")
        }
        return Self(
            kind: "end-date", change: .endDate(found.date), places: leftOut - found.leftOut, remaining: found.leftOut,
            explanation:
                "End on \(day: found.date) instead of \(day: end): \(effect(leftOut: leftOut, remaining: found.leftOut))."
        )
    }

    /// Classes of up to `size` instead of `current`; `nil` when none up to `largest` (the largest room) places
    /// anyone.
    public static func classSize(
        _ found: (size: Int, leftOut: Int)?, current: Int, largest: Int, leftOut: Int
    ) -> Self {
        guard let found else {
            return Self(
                kind: "class-size", change: nil, places: 0, remaining: leftOut,
                explanation: current >= largest
                    ? "Larger classes do not help: classes of up to \(number: current) already fill the largest room "
                        + "(\(number: largest) seats), and more delegates only make more cohorts."
                    : "No class size up to the largest room (\(number: largest) seats) places any of them.")
        }
        return Self(
            kind: "class-size", change: .classSize(found.size), places: leftOut - found.leftOut,
            remaining: found.leftOut,
            explanation:
                "Classes of up to \(number: found.size) instead of \(number: current): "
                + "\(effect(leftOut: leftOut, remaining: found.leftOut)).")
    }

    /// `provinces` taught online; `nil` when moving every province with someone left out online places nobody.
    public static func online(_ found: (provinces: [String], leftOut: Int)?, leftOut: Int) -> Self {
        guard let found else {
            return Self(
                kind: "online", change: nil, places: 0, remaining: leftOut,
                explanation:
                    "Teaching online places none of them: the sittings or the lecturers' calendars keep them out.")
        }
        let provinces = found.provinces.joined(separator: ", ")
        return Self(
            kind: "online", change: .online(provinces: found.provinces), places: leftOut - found.leftOut,
            remaining: found.leftOut,
            explanation:
                "Teach online the provinces \(provinces) (no room, one cohort a class, no travel; the sittings and the "
                + "lecturers' calendars still hold): \(effect(leftOut: leftOut, remaining: found.leftOut)).")
    }
}

extension WhatIfSuggestion: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, places, remaining, explanation, lecturers, endsOn, classSize, provinces
    }

    /// The kind, the effect, the explanation in English, and the change's own fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(places, forKey: .places)
        try container.encode(remaining, forKey: .remaining)
        try container.encode(explanation.description, forKey: .explanation)
        switch change {
        case .lecturers(let needs): try container.encode(needs, forKey: .lecturers)
        case .endDate(let date): try container.encode(date, forKey: .endsOn)
        case .classSize(let size): try container.encode(size, forKey: .classSize)
        case .online(let provinces): try container.encode(provinces, forKey: .provinces)
        case nil: break
        }
    }
}
