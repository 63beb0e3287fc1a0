import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

/// The delegates a class command acts on: named (codes, or a CSV's code column), or everyone matching
/// `--where`. `enroll` and `withdraw` read them the same way.
struct DelegateSelection: ParsableArguments {
    @Argument(help: .inLanguage(en: "Delegate codes.", vi: "Các mã đại biểu."))
    var codes: [String] = []

    @Option(
        help: .inLanguage(
            en: "A CSV or .xlsx file with a delegate code column (code or Mã đại biểu).",
            vi: "Tệp CSV hoặc .xlsx có cột mã đại biểu (code hoặc Mã đại biểu).",
            valueName: "roster.csv"))
    var fromFile: String?

    @OptionGroup var sheet: SheetOption

    @Option(
        name: .customLong("where"),
        help: .inLanguage(
            en: """
                Everyone who matches: province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time; \
                delegates only, unless `candidate` picks candidates instead.
                """,
            vi: """
                Mọi đại biểu khớp điều kiện: province=CODE (tỉnh), commune=CODE (xã), body=KIND (cơ quan dân cử), \
                term=CODE (nhiệm kỳ), first-time (lần đầu), full-time (chuyên trách); chỉ chọn đại biểu, trừ khi có \
                `candidate` để chọn người ứng cử thay cho đại biểu.
                """,
            valueName: "province=01,first-time"))
    var criteria: String?

    func validate() throws {
        let named = !codes.isEmpty || fromFile != nil
        if !named && criteria == nil {
            throw ValidationError(localized("say whom: delegate codes, --from-file FILE or --where CRITERIA"))
        }
        if named && criteria != nil {
            throw ValidationError(localized("name delegates (codes or --from-file) or give --where, not both"))
        }
        if sheet.sheet != nil && fromFile == nil {
            throw ValidationError(localized("--sheet picks a sheet of the --from-file workbook; give --from-file too"))
        }
        _ = try parsedCriteria()
    }

    /// The `--where` criteria, when given.
    func parsedCriteria() throws -> DelegateCriteria? {
        guard let criteria else { return nil }
        do {
            return try DelegateCriteria(parsing: criteria)
        } catch {
            throw ValidationError(localized("--where: \(error.wording)"))
        }
    }

    /// The `--from-file` table, when given.
    func roster() throws -> TableData? {
        try fromFile.map { try TableData(path: $0, sheet: sheet.sheet, expected: "a roster (CSV or .xlsx)") }
    }

    /// Runs `body` with the `--from-file` rows as CSV and the file's name, placing their problems in the
    /// sheet's cells when it is a workbook.
    func readingRoster<Result>(
        _ body: ((contents: Data, file: String)?) async throws -> Result
    ) async throws -> Result {
        guard let table = try roster() else { return try await body(nil) }
        return try await table.reading { try await body(($0, table.file)) }
    }
}
