import Foundation
public import PostgresInfrastructure
public import TrainingModel

extension MaterialFileStore {
    /// Keeps the files of `catalog`'s file materials, each read relative to the folder of the catalog file
    /// that names it (one of `files`) and checked against its SHA-256, before the import writes rows that
    /// point at them.
    public func keepFiles(of catalog: Catalog, readFrom files: [String]) throws(StoreError) {
        let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted()
        for material in catalog.materials {
            guard case .file(let path, let sha256) = material.location, !contains(sha256) else { continue }
            let candidates = path.hasPrefix("/") ? [path] : folders.map { "\($0.isEmpty ? "." : $0)/\(path)" }
            guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw StoreError(.refused, "material \(material.code): its file \(path) is not beside the catalog")
            }
            try keep(fileAt: found, expected: sha256)
        }
    }
}
