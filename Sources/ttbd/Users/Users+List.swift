import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Users {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List the accounts, by username.", vi: "Liệt kê các tài khoản, xếp theo tên đăng nhập."))

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            let accounts = try await database.withDatabase { try await $0.accounts.accounts() }
            try output.print(accounts, columns: Self.columns, title: "Danh sách tài khoản", noun: "account")
        }

        static let columns: [ListColumn<Account>] = [
            ListColumn("Tên đăng nhập", csv: "username") { $0.username },
            ListColumn("Họ và tên", csv: "display_name") { $0.displayName },
            ListColumn("Vai trò", csv: "role") { $0.role.rawValue },
            ListColumn("Đại biểu", csv: "delegate") { $0.delegateCode ?? "" },
            ListColumn("Giảng viên", csv: "lecturer") { $0.lecturerCode ?? "" },
        ]
    }
}
