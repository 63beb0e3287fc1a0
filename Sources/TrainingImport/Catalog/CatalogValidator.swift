import TrainingModel

/// The checks that need every file at once: duplicate codes, references to terms, provinces, modules and
/// materials that no file defines, and prerequisites that go round in a circle.
struct CatalogValidator {
    var diagnostics: [Diagnostic] = []

    mutating func check(_ draft: CatalogDraft) {
        checkUnique(draft.terms.map { ($0.term.code, $0.code) }, what: "term code")
        checkUnique(draft.provinces.map { ($0.province.code, $0.code) }, what: "province code")
        checkUnique(draft.provinces.map { ($0.province.name, $0.entry) }, what: "province name")
        checkUnique(draft.provinces.map { ($0.province.codename, $0.entry) }, what: "province codename")
        checkUnique(draft.communes.map { ($0.commune.code, $0.code) }, what: "commune code")
        checkUnique(
            draft.communes.map { ("\($0.commune.name)' in province '\($0.commune.provinceCode)", $0.code) },
            what: "commune name")
        checkUnique(draft.holidays.map { ($0.holiday.date.description, $0.date) }, what: "holiday date")
        checkUnique(draft.materials.map { ($0.material.code, $0.code) }, what: "material code")
        checkUnique(draft.curricula.map { ($0.curriculum.code, $0.code) }, what: "program code")
        let modules = draft.curricula.flatMap(\.modules)
        checkUnique(modules.map { ($0.module.code, $0.code) }, what: "module code")

        let terms = Set(draft.terms.map(\.term.code))
        for curriculum in draft.curricula {
            guard let location = curriculum.term, !terms.contains(curriculum.curriculum.termCode) else { continue }
            report(
                "unknown term '\(curriculum.curriculum.termCode)' of program \(curriculum.curriculum.code); \(known(terms, "terms"))",
                at: location)
        }
        let provinces = Set(draft.provinces.map(\.province.code))
        for commune in draft.communes where !provinces.contains(commune.commune.provinceCode) {
            report(
                "unknown province '\(commune.commune.provinceCode)' of commune \(commune.commune.code); \(known(provinces, "provinces"))",
                at: commune.province)
        }
        for sitting in draft.sittings {
            if case .provinceCouncil(let code) = sitting.sitting.body, !provinces.contains(code) {
                report(
                    "unknown province '\(code)' of sitting '\(sitting.sitting.name)'; \(known(provinces, "provinces"))",
                    at: sitting.province ?? sitting.entry)
            }
        }
        checkOverlaps(draft.sittings)

        let moduleCodes = Set(modules.map(\.module.code))
        let materials = Set(draft.materials.map(\.material.code))
        for module in modules {
            for prerequisite in module.prerequisites where !moduleCodes.contains(prerequisite.value) {
                report(
                    "unknown prerequisite '\(prerequisite.value)' of module \(module.module.code); no module has that code",
                    at: prerequisite.location)
            }
            for material in module.materials where !materials.contains(material.value) {
                report(
                    "unknown material '\(material.value)' of module \(module.module.code); \(known(materials, "materials"))",
                    at: material.location)
            }
        }
        checkCycles(modules)
        checkRegions(draft)
        checkSurveys(draft)
    }

    mutating func report(_ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(at: location, message))
    }

    func known(_ codes: Set<String>, _ what: Message) -> Message {
        if codes.isEmpty { return "the catalog defines no \(what)" }
        guard codes.count <= 12 else { return "none of the catalog's \(number: codes.count) \(what) has that code" }
        return "the catalog has \(what): \(codes.sorted().joined(separator: ", "))"
    }

    /// Reports every repeat of a key, pointing back at its first definition.
    mutating func checkUnique(_ entries: [(String, SourceLocation)], what: Message) {
        var first: [String: SourceLocation] = [:]
        for (key, location) in entries {
            if let earlier = first[key] {
                report("duplicate \(what) '\(key)', first defined at \(earlier)", at: location)
            } else {
                first[key] = location
            }
        }
    }

    /// A body cannot sit twice at once: overlapping sittings of one body are a typo in a date.
    private mutating func checkOverlaps(_ sittings: [CatalogDraft.SittingEntry]) {
        let byBody = Dictionary(grouping: sittings, by: \.sitting.body)
        for (_, list) in byBody {
            let sorted = list.sorted { $0.sitting.startsOn < $1.sitting.startsOn }
            for (earlier, later) in zip(sorted, sorted.dropFirst())
            where later.sitting.startsOn <= earlier.sitting.endsOn {
                report(
                    "sitting '\(later.sitting.name)' starts on \(day: later.sitting.startsOn), before '\(earlier.sitting.name)' of "
                        + "the same body ends on \(day: earlier.sitting.endsOn)",
                    at: later.entry)
            }
        }
    }

    /// Reports each circle of prerequisites once, at the reference that closes it.
    private mutating func checkCycles(_ modules: [CatalogDraft.ModuleEntry]) {
        let byCode = Dictionary(modules.map { ($0.module.code, $0) }, uniquingKeysWith: { first, _ in first })
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var path: [String] = []
        var found: [Diagnostic] = []

        func visit(_ code: String) {
            marks[code] = .visiting
            path.append(code)
            for prerequisite in byCode[code]?.prerequisites ?? [] where byCode[prerequisite.value] != nil {
                switch marks[prerequisite.value] {
                case .visiting:
                    let start = path.lastIndex(of: prerequisite.value)!
                    let circle = (path[start...] + [prerequisite.value]).joined(separator: " → ")
                    found.append(
                        Diagnostic(at: prerequisite.location, "cyclic prerequisites: \(circle)"))
                case .done: break
                case nil: visit(prerequisite.value)
                }
            }
            path.removeLast()
            marks[code] = .done
        }
        for module in modules where marks[module.module.code] == nil {
            visit(module.module.code)
        }
        diagnostics += found
    }
}
