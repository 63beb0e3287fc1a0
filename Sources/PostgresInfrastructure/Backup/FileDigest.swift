import Crypto
import Foundation

/// A file's size and SHA-256, read in pieces so an archive of any size is checked in little memory.
struct FileDigest: Equatable {
    var bytes: Int
    var sha256: String

    init(ofFileAt path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        var hasher = SHA256()
        var bytes = 0
        while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty {
            hasher.update(data: piece)
            bytes += piece.count
        }
        self.bytes = bytes
        sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
