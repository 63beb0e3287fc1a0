import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Tokens {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: inLanguage(
                en: "Revoke an account's tokens: the service refuses them from now on.",
                vi: "Thu hồi các mã truy cập của một tài khoản: từ nay dịch vụ từ chối các mã này."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The account's username.", vi: "Tên đăng nhập của tài khoản."))
        var username: String

        @Option(
            help: .inLanguage(
                en: "Only the tokens of this purpose: api or calendar (default: both).",
                vi: "Chỉ các mã dùng cho mục đích này: api hoặc calendar (mặc định: cả hai)."))
        var purpose: TokenPurpose?

        func run() async throws {
            let count = try await database.withOperations {
                try await $0.revokeTokens(username: username, purpose: purpose)
            }
            print(
                localized(
                    count == 1
                        ? "Revoked \(number: count) token of \(username)."
                        : "Revoked \(number: count) tokens of \(username)."))
        }
    }
}
