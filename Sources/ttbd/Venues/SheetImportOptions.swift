import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations

/// What `venues import`, `rooms import` and `lecturers import` share: the file, read against the codes the
/// database holds and saved in one transaction (updating by code), and what changed.
struct SheetImportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: .inLanguage(
            en: "A CSV (UTF-8; comma or semicolon) or an .xlsx workbook; English or Vietnamese header.",
            vi: """
                Tệp CSV (UTF-8; phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính .xlsx; dòng tiêu đề bằng \
                tiếng Anh hoặc tiếng Việt.
                """))
    var file: String

    @OptionGroup var sheet: SheetOption

    func run(_ kind: ResourceSheet) async throws {
        let table = try TableData(path: file, sheet: sheet.sheet, expected: "a CSV or .xlsx file")
        let result = try await table.reading { [file] data in
            try await database.withOperations { try await $0.importResources(kind, data, file: file, dryRun: false) }
        }
        let counts: Message =
            "\(number: result.added) new, \(number: result.changed) changed, \(number: result.unchanged) unchanged"
        print(localized("Imported \(file): \(counts)."))
    }
}
