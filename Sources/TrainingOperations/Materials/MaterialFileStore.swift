import Crypto
import Foundation
public import PostgresInfrastructure
import TrainingModel

/// Where material files live once added: named by the SHA-256 of their bytes under one folder
/// (`TTBD_MATERIALS_DIR`, else `materials/` in ttbd's data folder), so the service can hand delegates the file
/// staff approved, whatever became of the path it was added from, and a file added twice is kept once.
public struct MaterialFileStore: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The store `environment` names.
    public static func from(environment: [String: String]) -> MaterialFileStore {
        if let folder = environment["TTBD_MATERIALS_DIR"], !folder.isEmpty { return MaterialFileStore(root: folder) }
        return MaterialFileStore(root: EmbeddedCluster.defaultHome(environment: environment) + "/materials")
    }

    /// The file whose bytes have `sha256`, spread over 256 folders.
    public func path(of sha256: String) -> String {
        "\(root)/\(sha256.prefix(2))/\(sha256)"
    }

    public func contains(_ sha256: String) -> Bool {
        FileManager.default.fileExists(atPath: path(of: sha256))
    }

    /// Copies the file at `source` into the store and returns its SHA-256; with `expected`, a file whose bytes
    /// have another digest is refused and nothing is kept. The copy is written beside its place and renamed
    /// into it, so the store never holds half a file.
    @discardableResult
    public func keep(fileAt source: String, expected: String? = nil) throws(StoreError) -> String {
        let temporary = "\(root)/incoming-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            guard let input = FileHandle(forReadingAtPath: source) else {
                throw StoreError(.refused, "cannot read the material file \(source)")
            }
            defer { try? input.close() }
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                let output = FileHandle(forWritingAtPath: temporary)
            else { throw StoreError(.unavailable, "cannot write in the materials folder \(root)") }
            var hash = SHA256()
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hash.update(data: chunk)
                try output.write(contentsOf: chunk)
            }
            try output.synchronize()
            try output.close()
            let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
            if let expected, expected != digest {
                throw StoreError(
                    .refused, "the material file \(source) has SHA-256 \(digest), not \(expected); nothing was kept")
            }
            let destination = path(of: digest)
            if FileManager.default.fileExists(atPath: destination) {
                try FileManager.default.removeItem(atPath: temporary)
            } else {
                try FileManager.default.createDirectory(
                    atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.moveItem(atPath: temporary, toPath: destination)
            }
            return digest
        } catch let error as StoreError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw StoreError(.unavailable, "cannot keep the material file \(source) in \(root): \(error)")
        }
    }
}
