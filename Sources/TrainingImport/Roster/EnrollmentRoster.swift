import Foundation
import TrainingModel

/// The delegate codes of a roster file to enroll: a CSV whose header names a code column (`code`,
/// `delegate_code` or `Mã đại biểu`); other columns are ignored.
public enum EnrollmentRoster {
    static let headers = ["code", "delegate_code", "mã đại biểu"]

    /// The codes of `data`, read from `file` (named in problems), in the file's order.
    public static func codes(in data: Data, file: String) throws -> [String] {
        let table = try CSVReader(file: file).read(data)
        let names = table.header.fields.map {
            $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
        }
        guard let column = names.firstIndex(where: { headers.contains($0) }) else {
            throw InputError(
                at: SourceLocation(file: file, line: table.header.line, column: 1),
                "no delegate code column; expected a header named code, delegate_code or Mã đại biểu" as Message)
        }
        var codes: [String] = []
        var problems: [Diagnostic] = []
        for row in table.rows {
            let code = column < row.fields.count ? row.fields[column].trimmingCharacters(in: .whitespaces) : ""
            if code.isEmpty {
                let place = column < row.columns.count ? row.columns[column] : 1
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: row.line, column: place),
                        "empty delegate code; expected the code of a delegate" as Message))
            } else {
                codes.append(code)
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return codes
    }
}
