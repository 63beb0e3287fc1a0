import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Delegates {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: """
                    Import a roster (CSV or .xlsx): add new delegates and update changed ones, by code, all or \
                    nothing.
                    """,
                vi: """
                    Nhập danh sách đại biểu (CSV hoặc .xlsx): thêm đại biểu mới và cập nhật đại biểu có thay đổi, theo \
                    mã, nhập tất cả hoặc không nhập gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): code, full_name, gender, birth_date, \
                    national_id, phone, email, body, province_code, commune_code, term, first_time, full_time, \
                    position. Only code, full_name, body and term are required. A delegate already stored keeps every \
                    field the file has no column for; an empty cell in a column the file has clears that field. Any \
                    invalid row means nothing is written (exit 65). --dry-run lists every field that would change \
                    (T001 first_time: true → false); --format csv gives that list as CSV.
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, thứ tự tùy ý): code, full_name, gender, birth_date, \
                    national_id, phone, email, body, province_code, commune_code, term, first_time, full_time, \
                    position. Chỉ code, full_name, body và term là bắt buộc. Đại biểu đã có trong cơ sở dữ liệu giữ \
                    nguyên mọi trường mà tệp không có cột; ô trống ở một cột có trong tệp thì xóa trường đó. Chỉ cần \
                    một dòng không hợp lệ là không ghi gì (mã thoát 65). --dry-run liệt kê mọi trường sẽ thay đổi \
                    (T001 first_time: true → false); --format csv xuất danh sách đó dạng CSV.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The roster: CSV (UTF-8; comma or semicolon) or an .xlsx workbook.",
                vi: """
                    Danh sách đại biểu: tệp CSV (UTF-8; phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính \
                    .xlsx.
                    """))
        var file: String

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
        var format: Format = .text

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        func run() async throws {
            let table = try TableData(path: file, sheet: sheet.sheet, expected: "a roster (CSV or .xlsx)")
            let progress = Progress(label: "Importing \(file)")
            // Counted once, and only when someone watches.
            let total = Progress.enabled ? table.estimatedRows : nil
            let imported: RosterImport
            do {
                // A bulk load sets the roster's indexes aside and rebuilds them, which only the owner may do.
                imported = try await table.reading { data in
                    try await database.withOperations(role: .owner) { [dryRun, file] in
                        try await $0.importRoster(data, file: file, dryRun: dryRun) {
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
                    result.changes, columns: Self.changeColumns, title: "Thay đổi", noun: "change")
            case .text:
                if !result.changes.isEmpty {
                    try ListWriter(format: .table).print(
                        result.changes, columns: Self.changeColumns, title: "Thay đổi", noun: "changed field")
                }
                let counts: Message =
                    "\(number: result.added) new, \(number: result.changed) changed, \(number: result.unchanged) unchanged"
                print(localized(dryRun ? "Would import \(file): \(counts)." : "Imported \(file): \(counts)."))
                if dryRun { print(localized("Dry run: nothing was written.")) }
            }
        }

        static let changeColumns: [ListColumn<DelegateFieldChange>] = [
            ListColumn("Dòng", csv: "line", as: .identifier) { String($0.line) },
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Trường", csv: "field") { $0.field.rawValue },
            ListColumn("Trước", csv: "before") { $0.before ?? "" },
            ListColumn("Sau", csv: "after") { $0.after ?? "" },
        ]

        private func writeErrors(_ diagnostics: [Diagnostic]) throws {
            guard let errorsTo else { return }
            // A file for people to open in Excel beside the roster: with the byte-order mark, in their language.
            let lines =
                [CSVWriter.byteOrderMark + "line,column,message"]
                + diagnostics.filter { $0.severity == .error }.map {
                    CSVWriter.line([String($0.location.line), String($0.location.column), localized($0.wording)])
                }
            try (lines.joined(separator: "\n") + "\n").write(toFile: errorsTo, atomically: true, encoding: .utf8)
        }
    }
}
