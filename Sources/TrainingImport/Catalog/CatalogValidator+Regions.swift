import TrainingModel

extension CatalogValidator {
    /// Each province of the catalog in exactly one region, and no region naming a province the catalog lacks.
    /// A province missing from every region is reported at its own entry, which names it.
    mutating func checkRegions(_ draft: CatalogDraft) {
        guard draft.kinds.contains(.regions) else { return }
        checkUnique(draft.regions.map { ($0.region.code, $0.code) }, what: "region code")
        checkUnique(draft.regions.map { ($0.region.name, $0.entry) }, what: "region name")
        let provinces = Set(draft.provinces.map(\.province.code))
        var regionOf: [String: (region: String, location: SourceLocation)] = [:]
        for entry in draft.regions {
            for province in entry.provinces {
                guard provinces.contains(province.value) else {
                    report(
                        "unknown province '\(province.value)' of region \(entry.region.code); \(known(provinces, "provinces"))",
                        at: province.location)
                    continue
                }
                if let earlier = regionOf[province.value] {
                    report(
                        "province \(province.value) is already in region \(earlier.region) at \(earlier.location); "
                            + "each province belongs to exactly one region",
                        at: province.location)
                } else {
                    regionOf[province.value] = (entry.region.code, province.location)
                }
            }
        }
        for province in draft.provinces where regionOf[province.province.code] == nil {
            report(
                "province \(province.province.code) (\(province.province.name)) is in no region; add it to one region of regions",
                at: province.entry)
        }
    }
}
