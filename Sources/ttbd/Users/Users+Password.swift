import ArgumentParser
import TrainingOperations

extension TTBD.Users {
    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd",
            abstract: "Set the password an account signs in to the console with.",
            discussion: """
                For staff, lecturer and admin accounts (delegates have no console). Typed twice at a prompt that \
                does not echo it, or the first line of standard input when piped. At least \
                \(TrainingOperations.shortestPassword) characters. Signs the account's browsers out.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account's username.")
        var username: String

        func run() async throws {
            let password = try Self.newPassword()
            try await database.withOperations {
                try await $0.setConsolePassword(username: username, password: password)
            }
            print("Set the console password of \(username); its browsers are signed out.")
        }

        private static func newPassword() throws -> String {
            guard let password = SecretInput.read(prompt: "New password: ") else {
                throw ValidationError("no password given: type it at the prompt, or pipe it on standard input")
            }
            if SecretInput.isTyped, SecretInput.read(prompt: "The same password again: ") != password {
                throw ValidationError("the two passwords differ; nothing was changed")
            }
            return password
        }
    }
}
