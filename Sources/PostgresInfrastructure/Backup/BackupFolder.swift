import Foundation

/// A folder of backups named by the time they were made, `ttbd-YYYYMMDD-HHMMSS.backup` in UTC, so their names
/// sort by age and pruning never touches a file it did not make.
public struct BackupFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The name of an archive made at `date`, e.g. `ttbd-20260522-031500.backup`.
    public static func archiveName(at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "ttbd-%04d%02d%02d-%02d%02d%02d.backup", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!)
    }

    /// Where an archive made at `date` goes in this folder.
    public func archivePath(at date: Date) -> String {
        "\(path)/\(Self.archiveName(at: date))"
    }

    /// The archives of this folder named as ``archiveName(at:)`` names them, oldest first.
    func archives() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { $0.wholeMatch(of: /ttbd-[0-9]{8}-[0-9]{6}\.backup/) != nil }.sorted()
    }

    /// Deletes all but the newest `keep` archives, each with its manifest, and returns the names deleted.
    public func prune(keeping keep: Int) throws -> [String] {
        let old = try archives().dropLast(keep)
        for name in old {
            let archive = "\(path)/\(name)"
            try FileManager.default.removeItem(atPath: archive)
            let manifest = BackupManifest.path(forArchive: archive)
            if FileManager.default.fileExists(atPath: manifest) { try FileManager.default.removeItem(atPath: manifest) }
        }
        return Array(old)
    }
}
