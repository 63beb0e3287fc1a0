import ArgumentParser
import Foundation
import TrainingImport
import TrainingModel

/// The catalog files or folders a catalog command reads.
struct CatalogPaths: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Catalog files, or folders whose *.yaml files are read (default: course-catalog/).", valueName: "path"))
    var paths: [String] = ["course-catalog"]

    /// Reads and checks the whole catalog; every problem of every file comes out in one error.
    func read() throws -> (catalog: TrainingModel.Catalog, files: [String]) {
        let reader = CatalogReader()
        let files = try reader.files(in: paths)
        Progress.show("Reading \(files.count) catalog file\(files.count == 1 ? "" : "s")…")
        return (try reader.read(paths), files)
    }
}

extension TrainingModel.Catalog {
    /// "1 term, 34 provinces, 3,321 communes, …" for the kinds the catalog holds.
    var summary: String {
        let counts: [(CatalogKind, Int)] = [
            (.terms, terms.count), (.provinces, provinces.count), (.communes, communes.count),
            (.materials, materials.count), (.programs, curricula.count), (.modules, modules.count),
            (.holidays, holidays.count), (.sittings, sittings.count),
        ]
        return counts.filter { kinds.contains($0.0) }.map { kind, count in
            "\(count.grouped) \(count == 1 ? String(kind.rawValue.dropLast()) : kind.rawValue)"
        }.joined(separator: ", ")
    }
}

extension Int {
    /// With thousands separators, as people read counts: 3,321.
    var grouped: String {
        let digits = String(Swift.abs(self))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
