/// Completion of seated enrollments, by group: how many completed (status `completed`) of those who held
/// a seat.
public struct CompletionReport: Sendable, Codable {
    /// One group's line; the total line has the key `total`.
    public struct Line: Hashable, Sendable, Codable {
        /// A province code, a body kind, `true`/`false` for first-time, or `total`.
        public var key: String
        /// What people read: the province's name, `Quốc hội`, `lần đầu`, `Tổng cộng`.
        public var label: String
        public var seated: Int
        public var completed: Int
        /// `completed` of `seated`.
        public var completionRate: Double?

        public init(key: String, label: String, seated: Int, completed: Int) {
            self.key = key
            self.label = label
            self.seated = seated
            self.completed = completed
            completionRate = share(completed, of: seated)
        }
    }

    public var grouping: CompletionGrouping
    public var program: String?
    public var term: String?
    public var groups: [Line]
    public var total: Line

    public init(grouping: CompletionGrouping, program: String?, term: String?, groups: [Line]) {
        self.grouping = grouping
        self.program = program
        self.term = term
        self.groups = groups
        total = Line(
            key: "total", label: "Tổng cộng", seated: groups.map(\.seated).reduce(0, +),
            completed: groups.map(\.completed).reduce(0, +))
    }
}

extension CompletionGrouping {
    /// The label of a group's key, for people: `name` is the province's name where the key is a province code.
    public func label(key: String, name: String?) -> String {
        switch self {
        case .province: name ?? "(không rõ tỉnh)"
        case .body: Delegate.BodyKind(rawValue: key)?.vietnamese ?? key
        case .firstTime: key == "true" ? "trúng cử lần đầu" : "tái cử"
        }
    }
}

extension Delegate.BodyKind {
    /// Quốc hội, HĐND tỉnh, HĐND xã.
    public var vietnamese: String {
        switch self {
        case .nationalAssembly: "Quốc hội"
        case .provinceCouncil: "HĐND tỉnh"
        case .communeCouncil: "HĐND xã"
        }
    }
}
