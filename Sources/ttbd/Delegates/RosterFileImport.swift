import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

/// `text`, `json` or `csv` (the changed fields, one per line): what an import of people prints.
enum RosterImportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// The options of an import of people, delegates or candidates, beside the file.
struct RosterImportOptions: ParsableArguments {
    @OptionGroup var sheet: SheetOption

    @Flag(
        help: .inLanguage(
            en: "Check the file and report what would change, and write nothing.",
            vi: "Chạy thử: kiểm tra tệp và báo những gì sẽ thay đổi, không ghi gì."))
    var dryRun = false

    @Option(
        help: .inLanguage(
            en: "Also write the problems as CSV (line,column,message) to this file.",
            vi: "Ghi thêm các lỗi dạng CSV (line,column,message) vào tệp này.",
            valueName: "file"))
    var errorsTo: String?

    @Option(
        help: .inLanguage(
            en: "text, json or csv (the changed fields, one per line).",
            vi: "text (văn bản), json hoặc csv (các trường thay đổi, mỗi trường một dòng)."))
    var format: RosterImportFormat = .text
}

/// A command that imports a file of people, delegates (`delegates import`) or candidates (`candidates
/// import`): both read, check, write and report the same way, into their own records.
protocol RosterFileImport {
    var database: DatabaseOptions { get }
    var file: String { get }
    var options: RosterImportOptions { get }
}

extension RosterFileImport {
    func importFile(standing: Delegate.Standing) async throws {
        let (sheet, dryRun, format) = (options.sheet, options.dryRun, options.format)
        let table = try TableData(
            path: file, sheet: sheet.sheet,
            expected: standing == .delegate ? "a roster (CSV or .xlsx)" : "a list of candidates (CSV or .xlsx)")
        let progress = Progress(label: "Importing \(file)")
        // Counted once, and only when someone watches.
        let total = Progress.enabled ? table.estimatedRows : nil
        let imported: RosterImport
        do {
            // A bulk load sets the roster's indexes aside and rebuilds them, which only the owner may do.
            imported = try await table.reading { data in
                try await database.withOperations(role: .owner) { [dryRun, file] in
                    try await $0.importRoster(data, file: file, standing: standing, dryRun: dryRun) {
                        progress.count($0, of: total, "rows")
                    }
                }
            }
        } catch let error as InputError {
            try writeErrors(error.diagnostics)
            throw error
        }
        progress.finish()
        table.placed(imported.warnings).forEach { printError($0.text(in: TTBD.language)) }
        let result = imported.result
        switch format {
        case .json: try OutputFormat.printJSON(result)
        case .csv:
            try ListWriter(format: .csv).print(
                result.changes, columns: changeColumns, title: "Thay đổi", noun: "change")
        case .text:
            if !result.changes.isEmpty {
                try ListWriter(format: .table).print(
                    result.changes, columns: changeColumns, title: "Thay đổi", noun: "changed field")
            }
            let counts: Message =
                "\(number: result.added) new, \(number: result.changed) changed, \(number: result.unchanged) unchanged"
            print(localized(dryRun ? "Would import \(file): \(counts)." : "Imported \(file): \(counts)."))
            if dryRun { print(localized("Dry run: nothing was written.")) }
        }
    }

    private var changeColumns: [ListColumn<DelegateFieldChange>] {
        [
            ListColumn("Dòng", csv: "line", as: .identifier) { String($0.line) },
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Trường", csv: "field") { $0.field.rawValue },
            ListColumn("Trước", csv: "before") { $0.before ?? "" },
            ListColumn("Sau", csv: "after") { $0.after ?? "" },
        ]
    }

    private func writeErrors(_ diagnostics: [Diagnostic]) throws {
        guard let errorsTo = options.errorsTo else { return }
        // A file for people to open in Excel beside the roster: with the byte-order mark, in their language.
        let lines =
            [CSVWriter.byteOrderMark + "line,column,message"]
            + diagnostics.filter { $0.severity == .error }.map {
                CSVWriter.line([String($0.location.line), String($0.location.column), localized($0.wording)])
            }
        try (lines.joined(separator: "\n") + "\n").write(toFile: errorsTo, atomically: true, encoding: .utf8)
    }
}
