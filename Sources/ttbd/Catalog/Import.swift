import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Catalog {
    /// `ttbd catalog import`: validates, then makes the database hold exactly the catalog, in one transaction.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: "Validate the catalog, then add, change and remove what differs, in one transaction.",
                vi: "Kiểm tra danh mục, rồi thêm, sửa và xóa những gì khác biệt, trong một giao dịch."),
            discussion: inLanguage(
                en: """
                    Kinds the files do not mention are left alone. Removing a module or a program that classes use is \
                    refused with the list of those classes, unless --force.
                    """,
                vi: """
                    Loại dữ liệu nào các tệp không nhắc đến thì được giữ nguyên. Việc xóa một chuyên đề hay chương \
                    trình đang được lớp sử dụng bị từ chối, kèm danh sách các lớp đó, trừ khi có --force.
                    """))

        @OptionGroup var catalog: CatalogPaths
        @OptionGroup var database: DatabaseOptions

        @Flag(
            help: .inLanguage(
                en: "Show what would change, and write nothing.",
                vi: "Chạy thử: cho biết những gì sẽ thay đổi, không ghi gì."))
        var dryRun = false

        @Flag(
            help: .inLanguage(
                en: "Remove modules and programs even when classes use them (their sessions of those modules too).",
                vi: """
                    Xóa chuyên đề và chương trình kể cả khi có lớp đang sử dụng (xóa cả các buổi học của các lớp đó \
                    thuộc những chuyên đề này).
                    """))
        var force = false

        @Option(
            help: .inLanguage(
                en: "text for people; json lists every added, changed and removed key for scripts.",
                vi: """
                    text để người đọc; json liệt kê mọi mã được thêm, sửa và xóa, dành cho chương trình tự động \
                    (script).
                    """))
        var format: OutputFormat = .text

        func run() async throws {
            let (read, files) = try catalog.read()
            if format == .text {
                print(
                    localized(
                        files.count == 1
                            ? "Read \(number: files.count) catalog file: \(read.summary)."
                            : "Read \(number: files.count) catalog files: \(read.summary)."))
            }
            if !dryRun {
                // Files first: a row may point only at a file the store already holds.
                try MaterialFileStore.from(environment: ProcessInfo.processInfo.environment)
                    .keepFiles(of: read, readFrom: files)
            }
            Progress.show(dryRun ? "Comparing with the database…" : "Importing in one transaction…")
            let changes = try await database.withOperations {
                try await $0.importCatalog(read, dryRun: dryRun, force: force)
            }
            switch format {
            case .text: print(Self.report(changes), terminator: "")
            case .json: try OutputFormat.printJSON(changes)
            }
        }

        /// A table of the changes per kind, the removed and changed keys, and one closing sentence.
        static func report(_ changes: CatalogChanges) -> String {
            let header = (["kind", "added", "changed", "removed", "unchanged"] as [Message]).map(localized)
            func number(_ count: Int) -> String { localized("\(number: count)") }
            let rows = changes.kinds.map { kind in
                [
                    localized(Message(pattern: kind.kind.rawValue, values: [])), number(kind.added.count),
                    number(kind.changed.count), number(kind.removed.count), number(kind.unchanged),
                ]
            }
            let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { column, cell in
                    let padding = String(repeating: " ", count: widths[column] - cell.count)
                    return column == 0 ? cell + padding : padding + cell
                }.joined(separator: "  ") + "\n"
            }
            var text = line(header) + rows.map(line).joined()
            for kind in changes.kinds {
                let name = Message(pattern: kind.kind.rawValue, values: [])
                for (removed, keys) in [(true, kind.removed), (false, kind.changed)] where !keys.isEmpty {
                    let shown = keys.prefix(20).joined(separator: ", ") + (keys.count > 20 ? ", …" : "")
                    text += localized(removed ? "removed \(name): \(shown)" : "changed \(name): \(shown)") + "\n"
                }
            }
            for use in changes.detachedClasses {
                text += localized("forced: class \(use.classCode) no longer uses \(use.usesWording)") + "\n"
            }
            let added = changes.kinds.map(\.added.count).reduce(0, +)
            let changed = changes.kinds.map(\.changed.count).reduce(0, +)
            let removed = changes.kinds.map(\.removed.count).reduce(0, +)
            let totals: Message = "\(number: added) added, \(number: changed) changed, \(number: removed) removed"
            if changes.isUnchanged {
                text += localized("No change: the database already holds this catalog.") + "\n"
            } else if changes.dryRun {
                text += localized("Dry run: would apply \(totals); nothing was written.") + "\n"
            } else {
                text += localized("Imported in one transaction: \(totals).") + "\n"
            }
            return text
        }
    }
}
