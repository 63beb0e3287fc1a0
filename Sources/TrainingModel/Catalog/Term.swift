/// Nhiệm kỳ: a five-year term of office, the frame every curriculum and delegate belongs to.
public struct Term: Hashable, Sendable {
    /// `2026-2031`.
    public var code: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    /// The "golden time": first-time delegates should finish their induction by this day.
    public var inductionEndsOn: CalendarDate?

    public init(code: String, startsOn: CalendarDate, endsOn: CalendarDate, inductionEndsOn: CalendarDate? = nil) {
        self.code = code
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.inductionEndsOn = inductionEndsOn
    }
}
