import ArgumentParser
import Foundation
import TrainingModel

/// The delegates a class command acts on: named (codes, or a CSV's code column), or everyone matching
/// `--where`. `enroll` and `withdraw` read them the same way.
struct DelegateSelection: ParsableArguments {
    @Argument(help: "Delegate codes.")
    var codes: [String] = []

    @Option(help: ArgumentHelp("A CSV with a delegate code column (code or Mã đại biểu).", valueName: "roster.csv"))
    var fromFile: String?

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp(
            "Everyone who matches: province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time.",
            valueName: "province=01,first-time"))
    var criteria: String?

    func validate() throws {
        let named = !codes.isEmpty || fromFile != nil
        guard named != (criteria != nil) else {
            throw ValidationError("name delegates (codes or --from-file) or give --where, not both")
        }
        _ = try parsedCriteria()
    }

    /// The `--where` criteria, when given.
    func parsedCriteria() throws -> DelegateCriteria? {
        guard let criteria else { return nil }
        do {
            return try DelegateCriteria(parsing: criteria)
        } catch {
            throw ValidationError("--where: \(error)")
        }
    }

    /// The `--from-file` CSV's contents and name, when given.
    func roster() throws -> (contents: Data, file: String)? {
        try fromFile.map { (contents: try InputFile.contents(of: $0, expected: "a roster CSV"), file: $0) }
    }
}
