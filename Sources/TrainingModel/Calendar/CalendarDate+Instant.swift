public import Foundation

extension CalendarDate {
    /// The day `instant` falls on in the zone named `zone` (Vietnam's when the name is unknown).
    public init(_ instant: Date, in zone: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let day = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(year: day.year!, month: day.month!, day: day.day!)!
    }
}
