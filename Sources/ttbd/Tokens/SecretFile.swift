import Foundation
import TrainingModel

/// A file only its owner may read (mode 0600), created anew: secrets are written once, never over an older
/// file that someone may already have copied or handed out.
struct SecretFile {
    let path: String
    private let handle: FileHandle

    /// Why the file cannot be created: a usage error (exit 64), since the command line named it.
    struct Refusal: UserFacingError {
        var wording: Message
        var kind: FailureKind { .usage }
        var description: String { wording.description }
        func text(in language: Language) -> String { wording.text(in: language) }
    }

    /// Creates the file, or says why it cannot (it exists, its folder does not).
    init(creating path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason: Message = errno == EEXIST ? "it exists" : "\(String(cString: strerror(errno)))"
            throw Refusal(wording: "cannot create \(path): \(reason); tokens are written once, to a new file")
        }
        self.path = path
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    func write(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }

    /// Removes the file, for when nothing was issued to write in it.
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
