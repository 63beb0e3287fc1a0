import PostgresNIO
import TrainingModel

/// The SQL that updates stored delegates from the staged roster, touching only the fields the file has a
/// column for: a province's partial sheet (code, name, phone) must not blank a birth date it never had.
/// The statements are built from this fixed table of columns, never from the file's text.
struct RosterUpdate {
    /// The fields the file carries.
    let fields: Set<DelegateField>

    /// `d` is the stored delegate and `s` its staged row.
    private struct Column {
        var name: String
        /// The value the update writes.
        var staged: String
        /// How a dry run shows the stored and the staged value; `nil` for a column derived from another.
        var shown: (before: String, after: String)?
    }

    /// The columns a field is stored in.
    private static func columns(of field: DelegateField) -> [Column] {
        switch field {
        case .code: []
        case .fullName: [plain("full_name"), Column(name: "name_sort_key", staged: "s.name_sort_key", shown: nil)]
        case .gender: [plain("gender")]
        case .birthDate: [plain("birth_date")]
        case .nationalID: [plain("national_id")]
        case .phone: [plain("phone")]
        case .email: [plain("email")]
        case .body:
            [
                Column(
                    name: "body_id", staged: "s.body_id",
                    shown: (
                        "(SELECT name FROM bodies WHERE id = d.body_id)",
                        "(SELECT name FROM bodies WHERE id = s.body_id)"
                    ))
            ]
        case .provinceCode: [plain("province_code")]
        case .communeCode: [plain("commune_code")]
        case .term: [Column(name: "term_code", staged: "s.term_code", shown: ("d.term_code", "s.term_code"))]
        case .firstTime: [plain("first_time")]
        case .fullTime: [plain("full_time")]
        case .position: [plain("position")]
        }
    }

    private static func plain(_ name: String) -> Column {
        Column(name: name, staged: "s.\(name)", shown: ("d.\(name)::text", "s.\(name)::text"))
    }

    /// Each field the file carries with the columns it writes. A commune names its province, so a file
    /// with communes but no province column still moves the province with the commune.
    private var changing: [(field: DelegateField, columns: [Column])] {
        DelegateField.allCases.compactMap { field in
            if fields.contains(field) { return (field, Self.columns(of: field)) }
            guard field == .provinceCode, fields.contains(.communeCode) else { return nil }
            let staged = "coalesce(s.province_code, d.province_code)"
            return (field, [Column(name: "province_code", staged: staged, shown: ("d.province_code", staged))])
        }
    }

    /// Updates the delegates whose carried fields differ and returns how many changed.
    var statement: PostgresQuery {
        let columns = changing.flatMap(\.columns)
        let assignments = columns.map { "\($0.name) = \($0.staged)" }.joined(separator: ", ")
        let stored = columns.map { "d.\($0.name)" }.joined(separator: ", ")
        let staged = columns.map(\.staged).joined(separator: ", ")
        return PostgresQuery(
            unsafeSQL: """
                WITH changed AS (
                UPDATE delegates d SET \(assignments)
                FROM roster_staging s
                WHERE d.code = s.code AND ROW(\(stored)) IS DISTINCT FROM ROW(\(staged))
                RETURNING 1)
                SELECT count(*) FROM changed
                """)
    }

    /// Every carried field that would change, one row per delegate and field, in file order:
    /// line, code, field, before and after as text.
    var differences: PostgresQuery {
        let values = changing.enumerated().compactMap { index, change -> String? in
            guard let shown = change.columns.lazy.compactMap(\.shown).first else { return nil }
            return "(\(index), '\(change.field.rawValue)', \(shown.before), \(shown.after))"
        }
        return PostgresQuery(
            unsafeSQL: """
                SELECT s.line, s.code, f.field, f.before, f.after
                FROM roster_staging s JOIN delegates d ON d.code = s.code
                CROSS JOIN LATERAL (VALUES \(values.joined(separator: ", "))) AS f(position, field, before, after)
                WHERE f.before IS DISTINCT FROM f.after
                ORDER BY s.line, f.position
                """)
    }
}
