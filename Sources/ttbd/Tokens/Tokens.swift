import ArgumentParser
import TrainingStore

extension TTBD {
    /// `ttbd tokens …`: the secrets people present to the service.
    struct Tokens: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens",
            abstract: "Issue and revoke the tokens people present to the service.",
            discussion: """
                A token is shown once, when it is issued: ttbd keeps only its SHA-256. An api token signs in \
                (`ttbd login`, `Authorization: Bearer`); a calendar token is the secret in a delegate's feed URL.
                """,
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
