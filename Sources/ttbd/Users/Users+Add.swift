import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Users {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(en: "Add an account.", vi: "Thêm một tài khoản."),
            discussion: inLanguage(
                en: """
                    A delegate's account names its delegate (--delegate), a lecturer's its lecturer (--lecturer); \
                    admin and staff accounts name neither. `ttbd tokens issue USERNAME` then gives it a token.
                    """,
                vi: """
                    Tài khoản của đại biểu phải nêu đại biểu đó (--delegate), tài khoản của giảng viên phải nêu giảng \
                    viên đó (--lecturer); tài khoản admin và staff không nêu ai. Sau đó, \
                    `ttbd tokens issue USERNAME` cấp mã truy cập cho tài khoản.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "Lowercase letters, digits, '.', '_' and '-', e.g. nguyen.thi.hoa.",
                vi: "Tên đăng nhập: chữ cái thường, chữ số, '.', '_' và '-', ví dụ nguyen.thi.hoa."))
        var username: String

        @Option(
            help: .inLanguage(
                en: "admin, staff, lecturer or delegate.",
                vi: "admin (quản trị), staff (cán bộ), lecturer (giảng viên) hoặc delegate (đại biểu)."))
        var role: AccountRole

        @Option(help: .inLanguage(en: "The person's full name.", vi: "Họ và tên của người dùng."))
        var name: String

        @Option(
            help: .inLanguage(
                en: "The delegate's code (role delegate).", vi: "Mã đại biểu (vai trò delegate).", valueName: "code"))
        var delegate: String?

        @Option(
            help: .inLanguage(
                en: "The lecturer's code (role lecturer).", vi: "Mã giảng viên (vai trò lecturer).", valueName: "code"))
        var lecturer: String?

        func validate() throws {
            let problem =
                Username.problem(username)
                ?? role.namingProblem(namingDelegate: delegate != nil, namingLecturer: lecturer != nil).map(Self.usage)
            if let problem { throw ValidationError(localized(problem)) }
        }

        /// The naming problem in the options that fix it.
        static func usage(_ problem: AccountRole.NamingProblem) -> Message {
            switch problem {
            case .delegateAccountNamesItsDelegate:
                "a delegate's account names its delegate: give --delegate CODE (and no --lecturer)"
            case .lecturerAccountNamesItsLecturer:
                "a lecturer's account names its lecturer: give --lecturer CODE (and no --delegate)"
            case .namesNobody(let role):
                "an account of role \(role.rawValue) names no delegate or lecturer: leave out --delegate and --lecturer"
            }
        }

        func run() async throws {
            let account = try await database.withDatabase {
                try await $0.accounts.addAccount(
                    username: username, displayName: name, role: role, delegateCode: delegate, lecturerCode: lecturer)
            }
            let record: Message =
                account.delegateCode.map { ", delegate \($0)" } ?? account.lecturerCode.map { ", lecturer \($0)" } ?? ""
            print(
                localized(
                    "Added \(account.role.rawValue) account \(account.username) (\(account.displayName)\(record))."))
        }
    }
}
