import ArgumentParser
import TrainingModel
import TrainingOperations

extension TTBD.Users {
    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd",
            abstract: inLanguage(
                en: "Set the password an account signs in to the console with.",
                vi: "Đặt mật khẩu để tài khoản đăng nhập vào trang quản lý trên web (console)."),
            discussion: inLanguage(
                en: """
                    For staff, lecturer and admin accounts (delegates have no console). Typed twice at a prompt that \
                    does not echo it, or the first line of standard input when piped. At least \
                    \(TrainingOperations.shortestPassword) characters. Signs the account's browsers out.
                    """,
                vi: """
                    Dành cho tài khoản staff, lecturer và admin (đại biểu không dùng trang quản lý). Mật khẩu được gõ \
                    hai lần tại dấu nhắc không hiện ký tự, hoặc lấy dòng đầu tiên của đầu vào chuẩn khi chuyển qua \
                    đường ống. Tối thiểu \(TrainingOperations.shortestPassword) ký tự. Mọi trình duyệt đang đăng nhập \
                    bằng tài khoản này sẽ bị đăng xuất.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The account's username.", vi: "Tên đăng nhập của tài khoản."))
        var username: String

        func run() async throws {
            let password = try Self.newPassword()
            try await database.withOperations {
                try await $0.setConsolePassword(username: username, password: password)
            }
            print(localized("Set the console password of \(username); its browsers are signed out."))
        }

        private static func newPassword() throws -> String {
            guard let password = SecretInput.read(prompt: localized("New password: ")) else {
                throw ValidationError(
                    localized("no password given: type it at the prompt, or pipe it on standard input"))
            }
            if SecretInput.isTyped, SecretInput.read(prompt: localized("The same password again: ")) != password {
                throw ValidationError(localized("the two passwords differ; nothing was changed"))
            }
            return password
        }
    }
}
