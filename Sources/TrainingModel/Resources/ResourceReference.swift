/// The codes a venue, room or lecturer sheet may refer to, as the database holds them.
public struct ResourceReference: Sendable {
    public var provinces: Set<String>
    public var modules: Set<String>
    public var venues: Set<String>

    public init(provinces: Set<String> = [], modules: Set<String> = [], venues: Set<String> = []) {
        self.provinces = provinces
        self.modules = modules
        self.venues = venues
    }
}
