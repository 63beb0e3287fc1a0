/// The training framework of a term and the reference data it relies on, as `course-catalog/` describes it.
///
/// A kind that no catalog file mentions is absent from ``kinds``, so an import leaves what the database
/// holds of it alone instead of removing everything.
public struct Catalog: Hashable, Sendable {
    public var kinds: Set<CatalogKind>
    public var terms: [Term]
    public var provinces: [Province]
    public var communes: [Commune]
    public var holidays: [Holiday]
    public var sittings: [Sitting]
    public var materials: [Material]
    public var curricula: [Curriculum]
    public var regions: [Region]
    public var surveys: [Survey]

    public init(
        kinds: Set<CatalogKind> = [], terms: [Term] = [], provinces: [Province] = [], communes: [Commune] = [],
        holidays: [Holiday] = [], sittings: [Sitting] = [], materials: [Material] = [], curricula: [Curriculum] = [],
        regions: [Region] = [], surveys: [Survey] = []
    ) {
        self.kinds = kinds
        self.terms = terms
        self.provinces = provinces
        self.communes = communes
        self.holidays = holidays
        self.sittings = sittings
        self.materials = materials
        self.curricula = curricula
        self.regions = regions
        self.surveys = surveys
    }

    /// Every module of every curriculum, in catalog order.
    public var modules: [Module] { curricula.flatMap(\.modules) }
}
