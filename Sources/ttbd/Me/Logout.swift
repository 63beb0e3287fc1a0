import ArgumentParser
import Foundation

extension TTBD {
    /// `ttbd logout`: forgets the saved token. The token itself stays valid until the center revokes it.
    struct Logout: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logout",
            abstract: "Remove the token `ttbd login` saved.",
            discussion: "The token stays valid on the service until the training center revokes it.")

        func run() async throws {
            try await ClientError.reporting {
                let path = Credentials.path(environment: ProcessInfo.processInfo.environment)
                guard FileManager.default.fileExists(atPath: path) else {
                    print("Not logged in: nothing to remove.")
                    return
                }
                let server = (try? Credentials.load(from: path))??.server
                try Self.remove(path)
                print("Logged out" + (server.map { " of \($0)" } ?? "") + ": removed \(path).")
            }
        }

        private static func remove(_ path: String) throws {
            guard unlink(path) == 0 || errno == ENOENT else {
                throw ClientError(.cannotWrite, "cannot remove \(path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
