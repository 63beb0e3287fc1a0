import Foundation
import TrainingModel

extension BackupManifest {
    /// Reads the manifest beside the archive at `archivePath` and checks the archive against it: a layout this
    /// ttbd knows, and the size and SHA-256 it recorded. Reads the files only; every refusal names the file and
    /// what was expected.
    public static func check(archive archivePath: String) throws(StoreError) -> BackupManifest {
        let manifestPath = path(forArchive: archivePath)
        guard FileManager.default.fileExists(atPath: archivePath) else {
            throw StoreError(.invalidBackup, "\(archivePath) does not exist")
        }
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            throw StoreError(
                .invalidBackup,
                "\(archivePath) has no manifest: expected \(manifestPath) beside it, which says the archive's size "
                    + "and SHA-256 (a backup is both files, copied together)")
        }
        let manifest: BackupManifest
        do {
            manifest = try read(from: manifestPath)
        } catch {
            throw StoreError(
                .invalidBackup, "\(manifestPath) is not a ttbd backup manifest: \(error.localizedDescription)")
        }
        guard manifest.formatVersion == currentFormat else {
            throw StoreError(
                .invalidBackup,
                "\(manifestPath) has format version \(manifest.formatVersion); this ttbd reads version \(currentFormat)"
            )
        }
        let digest: FileDigest
        do {
            digest = try FileDigest(ofFileAt: archivePath)
        } catch {
            throw StoreError(.invalidBackup, "cannot read \(archivePath): \(error.localizedDescription)")
        }
        guard digest.bytes == manifest.bytes else {
            throw StoreError(
                .invalidBackup,
                "\(archivePath) is \(digest.bytes) bytes, but its manifest expects \(manifest.bytes): the archive is "
                    + "truncated or is not the one that was backed up")
        }
        guard digest.sha256 == manifest.sha256 else {
            throw StoreError(
                .invalidBackup,
                "\(archivePath) has SHA-256 \(digest.sha256), but its manifest expects \(manifest.sha256): the archive "
                    + "changed after it was written")
        }
        return manifest
    }
}
