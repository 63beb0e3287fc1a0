/// The kinds of things a catalog holds, in the order they are imported (what others refer to first).
public enum CatalogKind: String, Hashable, Sendable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    case terms
    case provinces
    case communes
    /// The National Assembly and the province councils the provinces imply.
    case bodies
    /// The socio-economic regions and their provinces, where regional conferences meet.
    case regions
    case materials
    case programs
    case modules
    case holidays
    case sittings
    /// Evaluations after classes and modules, and needs surveys of a term.
    case surveys

    public var description: String { rawValue }

    public static func < (lhs: CatalogKind, rhs: CatalogKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
