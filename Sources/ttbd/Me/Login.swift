import ArgumentParser
import Foundation
import TrainingModel

extension TTBD {
    /// `ttbd login --server URL`: checks a personal token with the service and keeps it for `ttbd me`.
    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "login",
            abstract: inLanguage(
                en: "Log in to a ttbd service with the personal token the training center gave you.",
                vi: "Đăng nhập vào dịch vụ ttbd bằng mã truy cập cá nhân do Trung tâm cấp cho bạn."),
            discussion: inLanguage(
                en: """
                    The token is read from standard input when it is piped (echo "$TOKEN" | ttbd login --server URL), \
                    else asked for without showing it. It is checked with the service, then saved with the address in \
                    $XDG_CONFIG_HOME/ttbd/credentials (~/.config/ttbd/credentials), readable only by you.
                    """,
                vi: """
                    Mã truy cập được đọc từ đầu vào chuẩn khi được chuyển qua đường ống \
                    (echo "$TOKEN" | ttbd login --server URL); nếu không, chương trình hỏi mã mà không hiện ra màn \
                    hình. Mã được kiểm tra với dịch vụ, rồi được lưu cùng địa chỉ dịch vụ vào tệp \
                    $XDG_CONFIG_HOME/ttbd/credentials (~/.config/ttbd/credentials), chỉ bạn mới đọc được.
                    """))

        @Option(
            help: .inLanguage(
                en: "The ttbd service, e.g. http://127.0.0.1:8080.", vi: "Dịch vụ ttbd, ví dụ http://127.0.0.1:8080.",
                valueName: "URL"))
        var server: String

        @Flag(
            help: .inLanguage(
                en: """
                    Allow a plain http:// service that is not on this machine (the token crosses the network \
                    unencrypted).
                    """,
                vi: """
                    Cho phép dùng dịch vụ http:// thường không nằm trên máy này (mã truy cập đi qua mạng mà không \
                    được mã hóa).
                    """))
        var insecure = false

        func run() async throws {
            try await ClientError.reporting {
                let url = try ServiceClient.serverURL(server)
                try ServiceClient.requireSecure(url, insecure: insecure)
                guard let token = SecretInput.read(prompt: localized("Token for \(url): ")) else {
                    throw ClientError(
                        .usage,
                        "no token given: paste the token the training center gave you, or pipe it on standard input")
                }
                let client = ServiceClient(server: url, token: token)
                let profile = try await client.get(Profile.self, "/v1/me")
                let path = Credentials.path(environment: ProcessInfo.processInfo.environment)
                try Credentials(server: url.absoluteString, token: token).save(to: path)
                print(localized("Logged in to \(url) as \(profile.summary)."))
                print(localized("Saved the token in \(path) (readable only by you); `ttbd logout` removes it."))
            }
        }
    }
}
