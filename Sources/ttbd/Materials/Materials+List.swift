import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Materials {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List materials: all, of a module, of a class's modules, or of a delegate's classes.",
                vi: """
                    Liệt kê tài liệu: tất cả, của một chuyên đề, của các chuyên đề trong một lớp, hoặc của các lớp mà \
                    một đại biểu tham gia.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "A module's code.", vi: "Mã chuyên đề."))
        var module: String?

        @Option(name: .customLong("class"), help: .inLanguage(en: "A class's code.", vi: "Mã lớp."))
        var classCode: String?

        @Option(
            help: .inLanguage(
                en: "A delegate's code: the materials of the classes they are enrolled in.",
                vi: "Mã đại biểu: tài liệu của các lớp mà đại biểu đã ghi danh."))
        var delegate: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if [module, classCode, delegate].compactMap({ $0 }).count > 1 {
                throw ValidationError(localized("give at most one of --module, --class and --delegate"))
            }
        }

        /// What the options ask for (``validate()`` allows one at most).
        var filter: MaterialFilter {
            if let module { return .module(module) }
            if let classCode { return .trainingClass(classCode) }
            if let delegate { return .delegate(delegate) }
            return .all
        }

        func run() async throws {
            let filter = filter
            let listings = try await database.withDatabase { try await $0.materials.materials(filter) }
            var columns = Self.columns
            if classCode == nil && delegate == nil { columns.removeFirst() }
            try output.print(listings, columns: columns, title: "Danh sách tài liệu", noun: "material")
        }

        static let columns: [ListColumn<MaterialListing>] = [
            ListColumn("Lớp", csv: "class") { $0.classCode ?? "" },
            ListColumn("Chuyên đề", csv: "module") { $0.moduleCode ?? "" },
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Tên tài liệu", csv: "title") { $0.title },
            ListColumn("Loại", csv: "kind") { $0.kind },
            ListColumn("Địa chỉ", csv: "location") { $0.url ?? $0.filePath ?? "" },
            ListColumn("SHA-256", csv: "sha256") { $0.sha256 ?? "" },
        ]
    }
}
