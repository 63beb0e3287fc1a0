import ArgumentParser
import TrainingModel

extension TTBD.Catalog {
    /// `ttbd catalog validate`: every check of an import, without a database.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: inLanguage(
                en: "Check catalog files and write nothing; each problem as file:line:column: message (exit 65).",
                vi: """
                    Kiểm tra các tệp danh mục, không ghi gì; mỗi lỗi in ra dạng file:line:column: message (mã thoát \
                    65).
                    """))

        @OptionGroup var catalog: CatalogPaths

        func run() async throws {
            let (read, files) = try catalog.read()
            print(
                localized(
                    files.count == 1
                        ? "The catalog is valid: \(number: files.count) file, \(read.summary)."
                        : "The catalog is valid: \(number: files.count) files, \(read.summary)."))
        }
    }
}
