import ArgumentParser
import TrainingStore

extension TTBD.Tokens {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke an account's tokens: the service refuses them from now on.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account's username.")
        var username: String

        @Option(help: "Only the tokens of this purpose: api or calendar (default: both).")
        var purpose: TokenPurpose?

        func run() async throws {
            let count = try await database.withOperations {
                try await $0.revokeTokens(username: username, purpose: purpose)
            }
            let what = count == 1 ? "1 token" : "\(count) tokens"
            print("Revoked \(what) of \(username).")
        }
    }
}
