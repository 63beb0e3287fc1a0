import TrainingModel

/// What the files said, before the checks across files: every value with the places of its code and of
/// the references it makes.
struct CatalogDraft: Sendable {
    struct TermEntry: Sendable {
        var term: Term
        var code: SourceLocation
        var entry: SourceLocation
    }

    struct ProvinceEntry: Sendable {
        var province: Province
        var code: SourceLocation
        var entry: SourceLocation
    }

    struct CommuneEntry: Sendable {
        var commune: Commune
        var code: SourceLocation
        var province: SourceLocation
    }

    struct HolidayEntry: Sendable {
        var holiday: Holiday
        var date: SourceLocation
    }

    struct SittingEntry: Sendable {
        var sitting: Sitting
        var entry: SourceLocation
        var province: SourceLocation?
    }

    struct MaterialEntry: Sendable {
        var material: Material
        var code: SourceLocation
    }

    struct ModuleEntry: Sendable {
        var module: Module
        var code: SourceLocation
        var prerequisites: [Located<String>]
        var materials: [Located<String>]
    }

    struct CurriculumEntry: Sendable {
        var curriculum: Curriculum
        var code: SourceLocation
        /// `nil` when the term field was missing or invalid (already reported).
        var term: SourceLocation?
        var modules: [ModuleEntry]
    }

    struct RegionEntry: Sendable {
        var region: Region
        var code: SourceLocation
        var entry: SourceLocation
        var provinces: [Located<String>]
    }

    var kinds: Set<CatalogKind> = []
    var terms: [TermEntry] = []
    var provinces: [ProvinceEntry] = []
    var communes: [CommuneEntry] = []
    var holidays: [HolidayEntry] = []
    var sittings: [SittingEntry] = []
    var materials: [MaterialEntry] = []
    var curricula: [CurriculumEntry] = []
    var regions: [RegionEntry] = []
    var surveys: [SurveyEntry] = []

    /// The catalog the draft describes (meaningful once the checks found nothing wrong).
    var catalog: Catalog {
        Catalog(
            kinds: kinds, terms: terms.map(\.term), provinces: provinces.map(\.province),
            communes: communes.map(\.commune), holidays: holidays.map(\.holiday), sittings: sittings.map(\.sitting),
            materials: materials.map(\.material),
            curricula: curricula.map { entry in
                var curriculum = entry.curriculum
                curriculum.modules = entry.modules.map(\.module)
                return curriculum
            }, regions: regions.map(\.region), surveys: resolvedSurveys)
    }
}
