import ArgumentParser
import TrainingImport
import TrainingModel

/// The catalog files or folders a catalog command reads.
struct CatalogPaths: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Catalog files, or folders whose *.yaml files are read.", valueName: "path"))
    var paths: [String] = ["course-catalog"]

    /// Reads and checks the whole catalog; every problem of every file comes out in one error.
    func read() throws -> (catalog: TrainingModel.Catalog, files: [String]) {
        let reader = CatalogReader()
        let files = try reader.files(in: paths)
        Progress.show("Reading \(files.count) catalog file\(files.count == 1 ? "" : "s")…")
        return (try reader.read(paths), files)
    }
}
