/// A public holiday (ngày nghỉ lễ): nobody is taught that day.
public struct Holiday: Hashable, Sendable {
    public var date: CalendarDate
    public var name: String

    public init(date: CalendarDate, name: String) {
        self.date = date
        self.name = name
    }
}
