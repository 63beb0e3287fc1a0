import ArgumentParser
import Foundation
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

/// What `venues import`, `rooms import` and `lecturers import` share: the file, and reading the sheet
/// against the codes the database holds, then saving every row in one transaction (updating by code).
struct SheetImportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A CSV (UTF-8; comma or semicolon) or an .xlsx workbook; English or Vietnamese header.")
    var file: String

    @OptionGroup var sheet: SheetOption

    /// Reads the file with `read`, saves its rows with `save`, and says what changed.
    func run<Value: Sendable>(
        read: (_ file: String, _ data: Data, ResourceReference) throws -> [SheetRow<Value>],
        save: (TrainingOperations, [Value]) async throws -> ChangeCounts
    ) async throws {
        let table = try TableFile(path: file, sheet: sheet.sheet, expected: "a CSV or .xlsx file")
        let result = try await table.reading { [file] data in
            try await database.withOperations { operations in
                let rows = try read(file, data, try await operations.database.resources.resourceReference())
                return try await save(operations, rows.map(\.value))
            }
        }
        print("Imported \(file): \(result.added) new, \(result.changed) changed, \(result.unchanged) unchanged.")
    }
}
