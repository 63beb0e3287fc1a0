import Crypto
import Foundation
import TrainingModel

/// One file of `migrations/`, named `NNNN_description.sql`.
public struct Migration: Sendable, Equatable {
    /// The number part, e.g. `0003`.
    public let version: String
    /// The file name without `.sql`, e.g. `0003_places_terms_bodies`.
    public let name: String
    public let path: String
    public let sql: String
    /// SHA-256 of the file's bytes, in hex.
    public let checksum: String

    public init(version: String, name: String, path: String, sql: String) {
        self.version = version
        self.name = name
        self.path = path
        self.sql = sql
        self.checksum = SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Every migration in `directory`, in order. Files that do not end in `.sql` are ignored; a `.sql` file
    /// with another name, two files with one number, or a file that is not UTF-8 is an error.
    public static func load(from directory: String) throws -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw StoreError(
                .invalidConfiguration,
                "cannot read the migrations folder \(directory); set TTBD_MIGRATIONS to the project's migrations/")
        }
        let files = names.filter { $0.hasSuffix(".sql") }.map { name in
            (name: name, contents: FileManager.default.contents(atPath: "\(directory)/\(name)"))
        }
        return try parse(files, in: directory)
    }

    /// The migrations built into this program (by the EmbedFilesPlugin, from `migrations/`): a copied binary
    /// needs no folder beside it.
    public static var builtIn: [Migration] {
        get throws { try parse(EmbeddedMigrations.files.map { ($0.name, $0.contents) }, in: "(built in)") }
    }

    /// Migrations from `.sql` files and their bytes (nil: unreadable), checked and in order; `folder` names
    /// where they are in problems.
    static func parse(_ files: [(name: String, contents: Data?)], in folder: String) throws -> [Migration] {
        var problems: [Diagnostic] = []
        var migrations: [Migration] = []
        var seen: [String: String] = [:]
        for (file, contents) in files.sorted(by: { $0.name < $1.name }) {
            let path = "\(folder)/\(file)"
            let location = SourceLocation(file: path, line: 1, column: 1)
            let name = String(file.dropLast(4))
            guard let match = name.wholeMatch(of: /([0-9]{4})_[a-z0-9_]+/) else {
                problems.append(
                    Diagnostic(
                        at: location,
                        "migration file name must be NNNN_description.sql (digits, then lowercase words joined by _)"))
                continue
            }
            let version = String(match.1)
            if let other = seen[version] {
                problems.append(
                    Diagnostic(
                        at: location,
                        "migration number \(version) is also used by \(other); give each file its own number"))
                continue
            }
            seen[version] = file
            guard let data = contents, let sql = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(at: location, "cannot read the file as UTF-8 text"))
                continue
            }
            migrations.append(Migration(version: version, name: name, path: path, sql: sql))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return migrations
    }
}
