/// The kinds of things a catalog holds, in the order they are imported (what others refer to first).
public enum CatalogKind: String, Hashable, Sendable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    case terms
    case provinces
    case communes
    /// The National Assembly and the province councils the provinces imply.
    case bodies
    case materials
    case programs
    case modules
    case holidays
    case sittings

    public var description: String { rawValue }

    public static func < (lhs: CatalogKind, rhs: CatalogKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
