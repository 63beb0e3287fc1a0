import Foundation
import TrainingModel

/// What `ttbd login` keeps for the delegate commands: the service's address and the personal token, in
/// `$XDG_CONFIG_HOME/ttbd/credentials` (else `~/.config/ttbd/credentials`), readable by the owner only.
struct Credentials: Codable, Equatable {
    var server: String
    var token: String

    /// The file, from the environment (`XDG_CONFIG_HOME`, else `HOME`).
    static func path(environment: [String: String]) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/ttbd/credentials"
    }

    /// The stored credentials; nil when there is no file.
    static func load(from path: String) throws -> Credentials? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(Credentials.self, from: data)
        } catch {
            throw ClientError(
                .usage, "cannot read the credentials in \(path); run `ttbd login --server URL` again to rewrite it")
        }
    }

    /// Writes the file with mode 0600 in a folder of mode 0700, replacing any older one in one step, so the
    /// token is never readable by others, not even for a moment.
    func save(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(path).\(getpid()).tmp"
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            guard chmod(folder, 0o700) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(self) + Data("\n".utf8)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o600)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw ClientError(
                .cannotWrite,
                "cannot write the credentials to \(path) (\(error.localizedDescription)); check that folder"
            )
        }
    }
}
