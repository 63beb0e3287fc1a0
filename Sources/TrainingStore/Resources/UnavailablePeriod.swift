/// A period when a lecturer cannot teach, in Vietnam's local time (`YYYY-MM-DD HH:MM`).
public struct UnavailablePeriod: Sendable, Equatable, Encodable {
    public var from: String
    public var to: String
    /// `leave` for periods added by hand; `closure` or `other` when another tool wrote them.
    public var kind: String
    public var reason: String?
}
