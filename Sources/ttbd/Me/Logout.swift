import ArgumentParser
import Foundation
import TrainingModel

extension TTBD {
    /// `ttbd logout`: forgets the saved token. The token itself stays valid until the center revokes it.
    struct Logout: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logout",
            abstract: inLanguage(
                en: "Remove the token `ttbd login` saved.", vi: "Xóa mã truy cập mà `ttbd login` đã lưu."),
            discussion: inLanguage(
                en: "The token stays valid on the service until the training center revokes it.",
                vi: "Mã truy cập vẫn còn hiệu lực trên dịch vụ cho đến khi Trung tâm thu hồi."))

        func run() async throws {
            try await ClientError.reporting {
                let path = Credentials.path(environment: ProcessInfo.processInfo.environment)
                guard FileManager.default.fileExists(atPath: path) else {
                    print(localized("Not logged in: nothing to remove."))
                    return
                }
                let server = (try? Credentials.load(from: path))??.server
                try Self.remove(path)
                print(
                    localized(server.map { "Logged out of \($0): removed \(path)." } ?? "Logged out: removed \(path)."))
            }
        }

        private static func remove(_ path: String) throws {
            guard unlink(path) == 0 || errno == ENOENT else {
                throw ClientError(.cannotWrite, "cannot remove \(path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
