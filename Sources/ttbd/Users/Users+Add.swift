import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Users {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account.",
            discussion: """
                A delegate's account names its delegate (--delegate), a lecturer's its lecturer (--lecturer); \
                admin and staff accounts name neither. `ttbd tokens issue USERNAME` then gives it a token.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Lowercase letters, digits, '.', '_' and '-', e.g. nguyen.thi.hoa.")
        var username: String

        @Option(help: "admin, staff, lecturer or delegate.")
        var role: AccountRole

        @Option(help: "The person's full name.")
        var name: String

        @Option(help: ArgumentHelp("The delegate's code (role delegate).", valueName: "code"))
        var delegate: String?

        @Option(help: ArgumentHelp("The lecturer's code (role lecturer).", valueName: "code"))
        var lecturer: String?

        func validate() throws {
            let problem =
                Username.problem(username)
                ?? role.namingProblem(namingDelegate: delegate != nil, namingLecturer: lecturer != nil).map(Self.usage)
            if let problem { throw ValidationError(problem) }
        }

        /// The naming problem in the options that fix it.
        static func usage(_ problem: AccountRole.NamingProblem) -> String {
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
            let record =
                account.delegateCode.map { ", delegate \($0)" } ?? account.lecturerCode.map { ", lecturer \($0)" }
            print("Added \(account.role.rawValue) account \(account.username) (\(account.displayName)\(record ?? "")).")
        }
    }
}
