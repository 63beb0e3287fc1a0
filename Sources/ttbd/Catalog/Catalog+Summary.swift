import TrainingModel

extension TrainingModel.Catalog {
    /// "1 term, 34 provinces, 3,321 communes, …" for the kinds the catalog holds.
    var summary: Message {
        let counts: [(CatalogKind, Int)] = [
            (.terms, terms.count), (.provinces, provinces.count), (.communes, communes.count),
            (.materials, materials.count), (.programs, curricula.count), (.modules, modules.count),
            (.holidays, holidays.count), (.sittings, sittings.count),
            (.regions, regions.count), (.surveys, surveys.count),
        ]
        let parts = counts.filter { kinds.contains($0.0) }.map { kind, count in
            Message(
                pattern: "%@ " + (count == 1 ? String(kind.rawValue.dropLast()) : kind.rawValue),
                values: [.number(count)])
        }
        return Message.joined(parts, separator: ", ")
    }
}
