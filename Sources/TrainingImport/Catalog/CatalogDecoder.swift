import Crypto
import Foundation
import TrainingModel
import Yams

/// Reads one catalog file into the draft, reporting every problem it can see without the other files.
struct CatalogDecoder {
    /// The file's name as diagnostics print it.
    let file: String
    /// The folder the file is in: material files are relative to it.
    let folder: URL
    var diagnostics: [Diagnostic] = []

    /// The sections a catalog file may have, each a list.
    static let sections: [(name: String, kind: CatalogKind)] = [
        ("terms", .terms), ("provinces", .provinces), ("communes", .communes), ("materials", .materials),
        ("programs", .programs), ("holidays", .holidays), ("sittings", .sittings),
        ("regions", .regions), ("surveys", .surveys),
    ]

    init(file: String, folder: URL) {
        self.file = file
        self.folder = folder
    }

    /// Parses `text` and adds what it describes to `draft`.
    mutating func decode(_ text: String, into draft: inout CatalogDraft) {
        // The YAML parser reads a C string: a NUL would silently end the file early.
        if let problem = InputLimits.firstControlCharacter(in: text, file: file) {
            diagnostics.append(problem)
            return
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            reportSyntax(error, in: text)
            return
        }
        guard let root, !Self.isNull(root) else { return }
        guard case .mapping(let mapping) = root else {
            report(
                "expected a catalog file to be a mapping of sections (\(Self.sections.map(\.name).joined(separator: ", "))), found \(Self.describe(root))",
                at: root)
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let name) = key, let section = Self.sections.first(where: { $0.name == name.string })
            else {
                report(
                    "unknown section \(Self.describe(key)); expected one of: \(Self.sections.map(\.name).joined(separator: ", "))",
                    at: key)
                continue
            }
            draft.kinds.insert(section.kind)
            if section.kind == .programs { draft.kinds.insert(.modules) }
            if section.kind == .provinces { draft.kinds.insert(.bodies) }
            guard !Self.isNull(value) else { continue }
            guard case .sequence(let items) = value else {
                report("expected '\(name.string)' to be a list, found \(Self.describe(value))", at: value)
                continue
            }
            for item in items {
                switch section.kind {
                case .terms: decodeTerm(item, into: &draft)
                case .provinces: decodeProvince(item, into: &draft)
                case .communes: decodeCommune(item, into: &draft)
                case .materials: decodeMaterial(item, into: &draft)
                case .programs: decodeCurriculum(item, into: &draft)
                case .holidays: decodeHoliday(item, into: &draft)
                case .sittings: decodeSitting(item, into: &draft)
                case .regions: decodeRegion(item, into: &draft)
                case .surveys: decodeSurvey(item, into: &draft)
                case .bodies, .modules: break
                }
            }
        }
    }

    private mutating func reportSyntax(_ error: any Error, in text: String) {
        guard let yamlError = error as? YamlError else {
            report("cannot read the file as YAML: \(error)", at: location(of: nil))
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            report("YAML syntax error: \(problem)\(detail)", at: location(of: mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            report("duplicate key \(keys) in one mapping; each field may appear once", at: location(of: context.mark))
        case .reader(let problem, let offset, _, _):
            let prefix = offset.map { text.utf8.prefix($0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
            let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
            report(
                "cannot read the file: \(problem)",
                at: SourceLocation(file: file, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1))
        default:
            report("cannot read the file as YAML: \(yamlError)", at: location(of: nil))
        }
    }

    private mutating func decodeTerm(_ node: Node, into draft: inout CatalogDraft) {
        guard
            let fields = fields(
                of: node, what: "a term", required: ["code", "starts", "ends"], optional: ["induction_ends"])
        else { return }
        let code = self.code(fields, "code")
        let starts = date(fields, "starts")
        let ends = date(fields, "ends")
        let inductionEnds = fields["induction_ends"] == nil ? nil : date(fields, "induction_ends")
        guard let code, let starts, let ends else { return }
        if ends.value <= starts.value {
            report(
                "term \(code.value) ends on \(day: ends.value), not after it starts on \(day: starts.value)",
                at: ends.location)
        }
        if let inductionEnds, !(starts.value...ends.value).contains(inductionEnds.value) {
            report(
                "induction of term \(code.value) ends on \(day: inductionEnds.value), outside the term "
                    + "(\(day: starts.value) to \(day: ends.value))",
                at: inductionEnds.location)
        }
        let term = Term(
            code: code.value, startsOn: starts.value, endsOn: ends.value, inductionEndsOn: inductionEnds?.value)
        draft.terms.append(.init(term: term, code: code.location, entry: fields.location))
    }

    private mutating func decodeProvince(_ node: Node, into draft: inout CatalogDraft) {
        guard let fields = fields(of: node, what: "a province", required: ["code", "name", "kind", "codename"]) else {
            return
        }
        let code = digits(fields, "code", count: 2)
        let name = text(fields, "name")
        let kind = choice(fields, "kind", as: Province.Kind.self)
        let codename = self.code(fields, "codename")
        guard let code, let name, let kind, let codename else { return }
        let province = Province(code: code.value, name: name, kind: kind, codename: codename.value)
        draft.provinces.append(.init(province: province, code: code.location, entry: fields.location))
    }

    private mutating func decodeCommune(_ node: Node, into draft: inout CatalogDraft) {
        guard let fields = fields(of: node, what: "a commune", required: ["code", "province", "name", "kind"]) else {
            return
        }
        let code = digits(fields, "code", count: 5)
        let province = digits(fields, "province", count: 2)
        let name = text(fields, "name")
        let kind = choice(fields, "kind", as: Commune.Kind.self)
        guard let code, let province, let name, let kind else { return }
        let commune = Commune(code: code.value, provinceCode: province.value, name: name, kind: kind)
        draft.communes.append(.init(commune: commune, code: code.location, province: province.location))
    }

    private mutating func decodeHoliday(_ node: Node, into draft: inout CatalogDraft) {
        guard let fields = fields(of: node, what: "a holiday", required: ["date", "name"]) else { return }
        let date = self.date(fields, "date")
        let name = text(fields, "name")
        guard let date, let name else { return }
        draft.holidays.append(.init(holiday: Holiday(date: date.value, name: name), date: date.location))
    }

    private mutating func decodeSitting(_ node: Node, into draft: inout CatalogDraft) {
        guard
            let fields = fields(
                of: node, what: "a sitting", required: ["body", "name", "starts", "ends"], optional: ["province"])
        else { return }
        let bodyName = text(fields, "body")
        let name = text(fields, "name")
        let starts = date(fields, "starts")
        let ends = date(fields, "ends")
        var body: Sitting.Body?
        var provinceLocation: SourceLocation?
        switch bodyName {
        case "national_assembly"?:
            if let province = fields["province"], !Self.isNull(province) {
                report("a sitting of the national_assembly has no 'province'", at: province)
            } else {
                body = .nationalAssembly
            }
        case "province_council"?:
            if fields["province"] == nil || fields["province"].map(Self.isNull) == true {
                report("a sitting of a province_council needs the field 'province' (its two-digit code)", at: node)
            } else if let province = digits(fields, "province", count: 2) {
                body = .provinceCouncil(provinceCode: province.value)
                provinceLocation = province.location
            }
        case let other?:
            report(
                "'\(other)' is not a valid body for a sitting; expected 'national_assembly' or 'province_council'",
                at: fields["body"]!)
        case nil: break
        }
        guard let body, let name, let starts, let ends else { return }
        if ends.value < starts.value {
            report(
                "sitting '\(name)' ends on \(day: ends.value), before it starts on \(day: starts.value)",
                at: ends.location)
            return
        }
        let sitting = Sitting(body: body, name: name, startsOn: starts.value, endsOn: ends.value)
        draft.sittings.append(.init(sitting: sitting, entry: fields.location, province: provinceLocation))
    }

    private mutating func decodeMaterial(_ node: Node, into draft: inout CatalogDraft) {
        guard
            let fields = fields(
                of: node, what: "a material", required: ["code", "title", "kind"], optional: ["url", "file", "sha256"])
        else { return }
        let code = self.code(fields, "code")
        let title = text(fields, "title")
        let kind = choice(fields, "kind", as: Material.Kind.self)
        let url = fields["url"] == nil ? nil : text(fields, "url")
        let file = fields["file"] == nil ? nil : text(fields, "file")
        let sha256 = fields["sha256"] == nil ? nil : text(fields, "sha256")
        var location: Material.Location?
        switch (url, file) {
        case (let url?, nil):
            if let sha256Node = fields["sha256"] {
                report("'sha256' goes with 'file', not with 'url'", at: sha256Node)
            } else if URL(string: url)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                report("'\(url)' is not an http or https URL", at: fields["url"]!)
            } else {
                location = .url(url)
            }
        case (nil, let path?):
            location = materialFile(path, sha256: sha256, fields: fields)
        case (_?, _?):
            report("a material has either 'url' or 'file', not both", at: fields["file"]!)
        case (nil, nil):
            if fields["url"] == nil && fields["file"] == nil {
                report("a material needs 'url' or 'file' (with its 'sha256')", at: node)
            }
        }
        guard let code, let title, let kind, let location else { return }
        let material = Material(code: code.value, title: title, kind: kind, location: location)
        draft.materials.append(.init(material: material, code: code.location))
    }

    /// A material file: it must exist beside the catalog, and its SHA-256 must be written as 64 hex digits
    /// and match the file's bytes, so delegates get the file the center approved.
    private mutating func materialFile(_ path: String, sha256: String?, fields: Fields) -> Material.Location? {
        var valid = true
        let url = folder.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) || isFolder.boolValue {
            report(
                "material file '\(path)' does not exist (it is read relative to \(folder.path))", at: fields["file"]!)
            valid = false
        }
        guard let sha256 else {
            if fields["sha256"] == nil {
                report("a material file needs its 'sha256' (64 hexadecimal digits)", at: fields["file"]!)
            }
            return nil
        }
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            report("'sha256' should be 64 lowercase hexadecimal digits, found '\(sha256)'", at: fields["sha256"]!)
            return nil
        }
        guard valid, let contents = FileManager.default.contents(atPath: url.path) else { return nil }
        let actual = SHA256.hash(data: contents).map { String(format: "%02x", $0) }.joined()
        guard actual == sha256 else {
            report(
                "material file '\(path)' has SHA-256 \(actual), not the \(sha256) written here; "
                    + "the file changed or the checksum is wrong", at: fields["sha256"]!)
            return nil
        }
        return .file(path: path, sha256: sha256)
    }

    private mutating func decodeCurriculum(_ node: Node, into draft: inout CatalogDraft) {
        guard
            let fields = fields(
                of: node, what: "a program", required: ["code", "title", "term", "modules"],
                optional: ["target_groups", "audience", "completion", "issuer"])
        else { return }
        let code = self.code(fields, "code")
        let title = text(fields, "title")
        let term = self.code(fields, "term")
        let targetGroups = texts(fields, "target_groups").map(\.value)
        let audience = audience(fields)
        let rule = completionRule(fields)
        let issuer = issuer(fields)
        var modules: [CatalogDraft.ModuleEntry] = []
        if let list = fields["modules"], !Self.isNull(list) {
            if case .sequence(let items) = list {
                for item in items {
                    if let module = decodeModule(item, program: code?.value) { modules.append(module) }
                }
                if items.isEmpty { report("program \(code?.value ?? "") has no modules", at: list) }
            } else {
                report("'modules' of a program should be a list, found \(Self.describe(list))", at: list)
            }
        }
        // Kept even with a bad field, so its modules are still checked against the other files.
        guard let code else { return }
        let curriculum = Curriculum(
            code: code.value, termCode: term?.value ?? "", title: title ?? "", targetGroups: targetGroups,
            audience: audience, completionRule: rule ?? CompletionRule(), issuer: issuer)
        draft.curricula.append(
            .init(curriculum: curriculum, code: code.location, term: term?.location, modules: modules))
    }

    /// Who may enroll: tokens of conditions joined with `+`. An unknown condition is reported where it
    /// starts in the token (for a token written without quotes).
    private mutating func audience(_ program: Fields) -> Audience {
        var groups: [Audience.Group] = []
        for token in texts(program, "audience") {
            do throws(Audience.UnknownCondition) {
                groups.append(try Audience.group(parsing: token.value))
            } catch {
                var location = token.location
                location.column += error.offset
                report(error.wording, at: location)
            }
        }
        return Audience(groups)
    }

    private mutating func issuer(_ program: Fields) -> CertificateIssuer? {
        guard let node = program["issuer"], !Self.isNull(node),
            let fields = fields(
                of: node, what: "an issuer", required: ["body", "signer", "place"], optional: ["under"]),
            let body = text(fields, "body"), let signer = text(fields, "signer"), let place = text(fields, "place")
        else { return nil }
        return CertificateIssuer(body: body, parentBody: text(fields, "under"), signerTitle: signer, place: place)
    }

    private mutating func completionRule(_ program: Fields) -> CompletionRule? {
        guard let node = program["completion"], !Self.isNull(node) else { return CompletionRule() }
        guard
            let fields = fields(
                of: node, what: "a completion rule", required: [], optional: ["min_attendance", "all_required_modules"])
        else { return nil }
        var rule = CompletionRule()
        rule.requiresAllRequiredModules = boolean(fields, "all_required_modules", default: true)
        if let share = fields["min_attendance"], let value = text(fields, "min_attendance") {
            guard let number = Double(value), number > 0, number <= 1 else {
                report(
                    "'min_attendance' should be a share of sessions above 0 and at most 1 (e.g. 0.8), found '\(value)'",
                    at: share)
                return nil
            }
            rule.minimumAttendance = number
        }
        return rule
    }

    private mutating func decodeModule(_ node: Node, program: String?) -> CatalogDraft.ModuleEntry? {
        guard
            let fields = fields(
                of: node, what: "a module", required: ["code", "title", "half_day_sessions"],
                optional: [
                    "title_en", "prerequisites", "prerequisite_note", "target_groups", "elective", "assessment",
                    "materials",
                ])
        else { return nil }
        let code = self.code(fields, "code")
        let title = text(fields, "title")
        let englishTitle = fields["title_en"] == nil ? nil : text(fields, "title_en")
        let sessions = positiveInteger(fields, "half_day_sessions")
        let prerequisites = texts(fields, "prerequisites")
        let note = fields["prerequisite_note"] == nil ? nil : text(fields, "prerequisite_note")
        let targetGroups = texts(fields, "target_groups").map(\.value)
        let elective = boolean(fields, "elective", default: false)
        let materials = texts(fields, "materials")
        var assessments: [Assessment] = []
        for item in texts(fields, "assessment") {
            if let assessment = Assessment(rawValue: item.value) {
                assessments.append(assessment)
            } else {
                let choices = Assessment.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                report("'\(item.value)' is not a valid assessment; expected one of \(choices)", at: item.location)
            }
        }
        // A module with a bad field is kept (the problem is reported, so the catalog is never used) so that
        // the checks across files still see its code and references.
        guard let code else { return nil }
        let module = Module(
            code: code.value, title: title ?? "", englishTitle: englishTitle, halfDaySessions: sessions ?? 1,
            prerequisites: prerequisites.map(\.value), prerequisiteNote: note, targetGroups: targetGroups,
            elective: elective, assessments: assessments.isEmpty ? [.attendance] : assessments,
            materials: materials.map(\.value))
        return .init(module: module, code: code.location, prerequisites: prerequisites, materials: materials)
    }
}
