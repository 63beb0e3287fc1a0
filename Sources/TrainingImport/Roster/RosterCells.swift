import TrainingModel

/// The fields of one roster row, read into a ``Delegate`` with a diagnostic for each bad value.
struct RosterCells {
    let row: CSVTable.Row
    let columns: RosterColumns
    let file: String
    private(set) var problems: [Diagnostic] = []

    init(row: CSVTable.Row, columns: RosterColumns, file: String) {
        self.row = row
        self.columns = columns
        self.file = file
    }

    /// The delegate, or `nil` with ``problems`` filled.
    mutating func delegate(reference: RosterReference, standing: Delegate.Standing) -> Delegate? {
        let code = text(.code)
        let name = text(.fullName).map(VietnameseName.init)
        let body = value(.body, expected: "national_assembly, province_council or commune_council", Self.body)
        let term = text(.term)
        let gender = value(.gender, expected: "nam, nữ, male, female or other", Self.gender)
        let birthDate = value(.birthDate, expected: "a date as YYYY-MM-DD or dd/mm/yyyy that exists") {
            CalendarDate(parsing: $0).flatMap { $0.year >= 1900 ? $0 : nil }
        }
        let nationalID = value(.nationalID, expected: "12 digits") {
            $0.utf8.count == 12 && $0.isASCIIDigits ? $0 : nil
        }
        let phone = value(.phone, expected: "a phone number of 8 to 15 digits") { ContactDetails.phone($0) }
        let email = value(.email, expected: "an address like ten@example.vn") { ContactDetails.isEmail($0) ? $0 : nil }
        let provinceCode = value(.provinceCode, expected: "one of the 34 province codes, such as 01") {
            reference.provinces.contains($0) ? $0 : nil
        }
        let communeCode = value(.communeCode, expected: "a commune code of the 2025 list, such as 00004") {
            reference.communeProvinces[$0] != nil ? $0 : nil
        }
        let firstTime = value(.firstTime, expected: "true/false, 1/0, x or empty, có/không", Self.boolean) ?? false
        let fullTime = value(.fullTime, expected: "true/false, 1/0, x or empty, có/không", Self.boolean) ?? false

        for (column, limit) in [
            (RosterColumn.code, InputLimits.code), (.fullName, InputLimits.name), (.position, InputLimits.name),
        ] {
            if let value = text(column),
                let problem = InputLimits.lengthProblem(value, limit: limit, what: "\(column.rawValue)")
            {
                report(column, problem)
            }
        }
        if code == nil { report(.code, "the code is empty; expected the delegate's code") }
        if let code, !Self.isCode(code) {
            report(.code, "code '\(code)' has characters other than letters, digits, . _ / -")
        }
        if name == nil { report(.fullName, "the full name is empty; expected the delegate's name") }
        if text(.body) == nil {
            report(.body, "the body is empty; expected national_assembly, province_council or commune_council")
        }
        if let term, !reference.terms.contains(term) {
            let terms = reference.terms.sorted().joined(separator: ", ")
            report(.term, "term '\(term)' is not in the catalog; expected one of \(terms)")
        } else if term == nil {
            report(.term, "the term is empty; expected a term such as 2026-2031")
        }
        if let body {
            if body != .nationalAssembly && provinceCode == nil && text(.provinceCode) == nil {
                report(.provinceCode, "a \(body.rawValue) delegate needs a province_code")
            }
            if body == .communeCouncil && communeCode == nil && text(.communeCode) == nil {
                report(.communeCode, "a commune_council delegate needs a commune_code")
            }
        }
        if standing == .candidate {
            for (column, isSet) in [(RosterColumn.firstTime, firstTime), (.fullTime, fullTime)] where isSet {
                report(column, "a candidate is not yet a delegate; expected \(column.rawValue) empty or false")
            }
        }
        if let communeCode, let provinceCode, let owner = reference.communeProvinces[communeCode], owner != provinceCode
        {
            report(.communeCode, "commune \(communeCode) belongs to province \(owner), not \(provinceCode)")
        }
        guard problems.isEmpty, let code, let name, let body, let term else { return nil }
        return Delegate(
            code: code, fullName: name.fullName, sortKey: name.sortKey, gender: gender, birthDate: birthDate,
            nationalID: nationalID,
            phone: phone, email: email, body: body,
            provinceCode: provinceCode ?? communeCode.flatMap { reference.communeProvinces[$0] },
            communeCode: communeCode, term: term, firstTime: firstTime, fullTime: fullTime,
            position: text(.position).map { VietnameseName($0).fullName }, standing: standing)
    }

    func diagnostic(_ column: RosterColumn, _ message: Message) -> Diagnostic {
        Diagnostic(at: SourceLocation(file: file, line: row.line, column: self.column(column)), message)
    }

    /// Where the column's field starts on the row's line (1 when the file lacks the column).
    func column(_ column: RosterColumn) -> Int {
        columns[column].map { row.columns[$0] } ?? 1
    }

    private mutating func report(_ column: RosterColumn, _ message: Message) {
        problems.append(diagnostic(column, message))
    }

    /// The trimmed field, or `nil` when the column is absent or the field empty.
    private func text(_ column: RosterColumn) -> String? {
        guard let index = columns[column] else { return nil }
        let field = row.fields[index]
        // Trimming through Foundation costs more than the rest of the row; most fields need none.
        guard let first = field.utf8.first, let last = field.utf8.last else { return nil }
        if first > 0x20 && last > 0x20 { return field }
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The field read by `parse`; a non-empty field it rejects is reported with `expected`.
    private mutating func value<Value>(
        _ column: RosterColumn, expected: @autoclosure () -> Message, _ parse: (String) -> Value?
    ) -> Value? {
        guard let field = text(column) else { return nil }
        guard let value = parse(field) else {
            report(column, "\(column.rawValue) '\(field)' is not valid; expected \(expected())")
            return nil
        }
        return value
    }

    static func body(_ text: String) -> Delegate.BodyKind? {
        if let exact = Delegate.BodyKind(rawValue: text) { return exact }
        return switch text.foldedForSearch {
        case "national_assembly", "quoc hoi": .nationalAssembly
        case "province_council", "hdnd tinh": .provinceCouncil
        case "commune_council", "hdnd xa": .communeCouncil
        default: nil
        }
    }

    static func gender(_ text: String) -> Delegate.Gender? {
        switch text {
        case "nam", "male": return .male
        case "nữ", "female": return .female
        default: break
        }
        return switch text.foldedForSearch {
        case "nam", "male", "m": .male
        case "nu", "female", "f": .female
        case "khac", "other": .other
        default: nil
        }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "x", "1", "true": return true
        case "0", "false": return false
        default: break
        }
        return switch text.foldedForSearch {
        case "true", "1", "x", "co", "yes": true
        case "false", "0", "khong", "no": false
        default: nil
        }
    }

    /// Letters and digits, then also `. _ / -`: the shape the schema's `code_text` accepts.
    static func isCode(_ text: String) -> Bool {
        guard let first = text.utf8.first, Self.isAlphanumeric(first) else { return false }
        return text.utf8.allSatisfy { Self.isAlphanumeric($0) || ".-_/".utf8.contains($0) }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}

extension String {
    fileprivate var isASCIIDigits: Bool {
        utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
