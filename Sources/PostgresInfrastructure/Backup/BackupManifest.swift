import Foundation

/// What a backup holds, written beside its archive as `ARCHIVE.manifest.json`: enough to check the archive
/// before anything is restored (its size and SHA-256) and to say what a restore should bring back.
public struct BackupManifest: Codable, Sendable, Equatable {
    /// The version of this file's layout; a restore refuses a layout it does not know.
    public static let currentFormat = 1

    public var formatVersion: Int
    /// The database that was backed up.
    public var database: String
    /// The last migration the database had applied; nil for a database with none.
    public var schemaVersion: String?
    /// The server's version, e.g. `15.18 (Debian 15.18-0+deb12u1)`.
    public var serverVersion: String
    public var createdAt: Date
    /// The archive's file name when it was written (a person may rename both files).
    public var archive: String
    public var bytes: Int
    public var sha256: String
    /// Rows per table of the public schema, counted in the snapshot the archive was dumped from.
    public var tables: [String: Int]

    public var rows: Int { tables.values.reduce(0, +) }

    /// Where the manifest of the archive at `archivePath` is.
    public static func path(forArchive archivePath: String) -> String { archivePath + ".manifest.json" }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func read(from path: String) throws -> BackupManifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(BackupManifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
