/// Kỳ họp: a sitting of the National Assembly or of a province's People's Council, during which the
/// body's delegates are busy and cannot be trained.
public struct Sitting: Hashable, Sendable {
    /// The body that sits.
    public enum Body: Hashable, Sendable, CustomStringConvertible {
        case nationalAssembly
        /// The HĐND of the province with this code.
        case provinceCouncil(provinceCode: String)

        public var description: String {
            switch self {
            case .nationalAssembly: "national_assembly"
            case .provinceCouncil(let provinceCode): "province_council:\(provinceCode)"
            }
        }
    }

    public var body: Body
    public var name: String
    /// The first day of the sitting.
    public var startsOn: CalendarDate
    /// The last day of the sitting, included.
    public var endsOn: CalendarDate

    public init(body: Body, name: String, startsOn: CalendarDate, endsOn: CalendarDate) {
        self.body = body
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}
