import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD {
    /// `ttbd users …`: the accounts of people who use the service.
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "users",
            abstract: inLanguage(
                en: "Add and list the accounts of the people who use the service, and set their console passwords.",
                vi: """
                    Thêm và liệt kê tài khoản của những người sử dụng dịch vụ, và đặt mật khẩu đăng nhập trang quản lý \
                    cho tài khoản.
                    """),
            subcommands: [Add.self, List.self, Password.self])
    }
}

extension AccountRole: ExpressibleByArgument {}
