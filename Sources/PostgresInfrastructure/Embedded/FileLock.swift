import Foundation
import TrainingModel

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `body` holding an exclusive `flock` on `path`, so two ttbd processes never set up or start the
/// same cluster at once. The lock goes with the descriptor, so a killed process never leaves it held.
func withFileLock<Result>(path: String, _ body: () throws -> Result) throws -> Result {
    let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
        throw StoreError(.clusterSetupFailed, "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
            throw StoreError(.clusterSetupFailed, "cannot lock \(path): \(String(cString: strerror(errno)))")
        }
    }
    return try body()
}
