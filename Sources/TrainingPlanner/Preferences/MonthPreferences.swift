public import TrainingModel

/// How many people of each province asked for each module in each month: a preference handed to the planner (a
/// module many want earlier goes earlier). Where the counts come from is the caller's business; the planner reads
/// them through ``MonthPreferenceConstraint`` and the order in which it places a class's modules.
public struct MonthPreferences: Sendable, Equatable {
    /// A month of the calendar, `2026-06`.
    public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
        public var year: Int
        public var month: Int

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        public init(_ date: CalendarDate) {
            self.init(year: date.year, month: date.month)
        }

        /// `2026-06`; `nil` for anything else.
        public init?(parsing text: String) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
                let month = Int(parts[1]), (1...12).contains(month)
            else { return nil }
            self.init(year: year, month: month)
        }

        public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

        public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    }

    /// Module code → province code → month → people who asked.
    private var counts: [String: [String: [Month: Int]]] = [:]

    public init() {}

    public var isEmpty: Bool { counts.isEmpty }

    /// Adds `count` people of `province` who asked for `module` in `month`.
    public mutating func add(_ count: Int, module: String, province: String, month: Month) {
        guard count > 0 else { return }
        counts[module, default: [:]][province, default: [:]][month, default: 0] += count
    }

    /// What `province` asked for `module`, month by month, the earliest first.
    public func requests(module: String, province: String) -> [(month: Month, count: Int)] {
        (counts[module]?[province] ?? [:]).sorted { $0.key < $1.key }.map { (month: $0.key, count: $0.value) }
    }

    /// The people of `province` who asked for `module` in a month before `month`.
    public func requests(module: String, province: String, before month: Month) -> Int {
        guard let byMonth = counts[module]?[province] else { return 0 }
        return byMonth.reduce(0) { $0 + ($1.key < month ? $1.value : 0) }
    }

    /// The order in which to take a class's modules when their prerequisites allow any: the module asked for in
    /// the earliest month first, the one more asked for then on a tie, month by month; the program's order last.
    /// Positions into `modules` (the class's module codes), each once.
    func preferredOrder(of modules: [String], province: String?) -> [Int] {
        guard let province, !isEmpty else { return Array(modules.indices) }
        let months = Set(modules.flatMap { module in requests(module: module, province: province).map(\.month) })
            .sorted()
        let wanted = modules.map { module in
            let byMonth = Dictionary(
                uniqueKeysWithValues: requests(module: module, province: province).map { ($0.month, $0.count) })
            return months.map { byMonth[$0] ?? 0 }
        }
        return modules.indices.sorted { left, right in
            if wanted[left] != wanted[right] { return wanted[left].lexicographicallyPrecedes(wanted[right], by: >) }
            return left < right
        }
    }
}
