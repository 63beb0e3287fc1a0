import ArgumentParser
import TrainingImport
import TrainingModel

/// The catalog files or folders a catalog command reads.
struct CatalogPaths: ParsableArguments {
    @Argument(
        help: .inLanguage(
            en: "Catalog files, or folders whose *.yaml files are read.",
            vi: "Các tệp danh mục, hoặc thư mục (đọc mọi tệp *.yaml trong đó).",
            valueName: "path"))
    var paths: [String] = ["course-catalog"]

    /// Reads and checks the whole catalog; every problem of every file comes out in one error.
    func read() throws -> (catalog: TrainingModel.Catalog, files: [String]) {
        let reader = CatalogReader()
        let files = try reader.files(in: paths)
        Progress.show(
            files.count == 1
                ? "Reading \(number: files.count) catalog file…" : "Reading \(number: files.count) catalog files…")
        return (try reader.read(paths), files)
    }
}
