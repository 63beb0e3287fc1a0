import ArgumentParser
import TrainingStore

extension TTBD {
    /// `ttbd tokens …`: the secrets people present to the service.
    struct Tokens: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens",
            abstract: inLanguage(
                en: "Issue and revoke the tokens people present to the service.",
                vi: "Cấp và thu hồi các mã truy cập mà người dùng xuất trình với dịch vụ."),
            discussion: inLanguage(
                en: """
                    A token is shown once, when it is issued: ttbd keeps only its SHA-256. An api token signs in \
                    (`ttbd login`, `Authorization: Bearer`); a calendar token is the secret in a delegate's feed URL.
                    """,
                vi: """
                    Mã truy cập chỉ hiện một lần, khi được cấp: ttbd chỉ lưu mã băm SHA-256 của mã. Mã api dùng để \
                    đăng nhập (`ttbd login`, `Authorization: Bearer`); mã lịch (calendar) là phần bí mật trong địa \
                    chỉ nguồn lịch (feed URL) của đại biểu.
                    """),
            subcommands: [Issue.self, Revoke.self])
    }
}

extension TokenPurpose: ExpressibleByArgument {
    /// How the command line writes the purpose: `api` or `calendar`.
    var argumentName: String { self == .api ? "api" : "calendar" }

    public init?(argument: String) {
        guard let purpose = Self.allCases.first(where: { $0.argumentName == argument }) else { return nil }
        self = purpose
    }

    public static var allValueStrings: [String] { allCases.map(\.argumentName) }
}
