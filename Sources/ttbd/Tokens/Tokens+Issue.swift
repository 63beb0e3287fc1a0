import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Tokens {
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue a token to an account, or an api and a calendar token to every delegate who matches.",
            discussion: """
                With USERNAME the token is printed once on stdout. With --delegates, every delegate who matches \
                --where (everyone without it) gets an account when they have none (username: their code in \
                lowercase), an api token and a calendar token, written once to a new CSV only its owner can \
                read (mode 0600): code, full name, token and feed path (/v1/calendar/<token>.ics). Hand each \
                row to its delegate, then delete the file.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account's username.")
        var username: String?

        @Flag(help: "Issue tokens to the delegates --where picks, into --output.")
        var delegates = false

        @Option(
            name: .customLong("where"),
            help: ArgumentHelp(
                "With --delegates: province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time.",
                valueName: "province=01,first-time"))
        var criteria: String?

        @Option(help: ArgumentHelp("With --delegates: the new CSV file to write.", valueName: "tokens.csv"))
        var output: String?

        @Option(
            help: ArgumentHelp(
                "The day the tokens stop working (from its midnight in Vietnam), e.g. 2027-01-01.",
                valueName: "YYYY-MM-DD"))
        var expires: String?

        @Option(help: "api or calendar (one account only; default api).")
        var purpose: TokenPurpose?

        func validate() throws {
            if delegates {
                guard username == nil, purpose == nil else {
                    throw ValidationError(
                        "--delegates issues both kinds to many delegates: leave out USERNAME and --purpose")
                }
                guard output != nil else { throw ValidationError("--delegates needs --output FILE for the tokens") }
            } else {
                guard username != nil else { throw ValidationError("name the account (USERNAME), or give --delegates") }
                guard criteria == nil, output == nil else {
                    throw ValidationError("--where and --output go with --delegates")
                }
            }
            _ = try parsedCriteria()
            _ = try expiry()
        }

        private func parsedCriteria() throws -> DelegateCriteria {
            do {
                return try DelegateCriteria(parsing: criteria ?? "")
            } catch {
                throw ValidationError("--where: \(error)")
            }
        }

        private func expiry() throws -> Date? {
            guard let expires else { return nil }
            guard let instant = TTBD.Audit.List.instant(parsing: expires) else {
                throw ValidationError("--expires '\(expires)' is not a day; expected YYYY-MM-DD, such as 2027-01-01")
            }
            return instant
        }

        func run() async throws {
            let expiresAt = try expiry()
            if let output, delegates {
                try await issueToDelegates(into: output, expiresAt: expiresAt)
            } else {
                try await issueToAccount(username ?? "", purpose: purpose ?? .api, expiresAt: expiresAt)
            }
        }

        private func issueToAccount(_ username: String, purpose: TokenPurpose, expiresAt: Date?) async throws {
            var generator = SystemRandomNumberGenerator()
            let token = try await database.withDatabase {
                try await $0.accounts.issueToken(
                    username: username, purpose: purpose, expiresAt: expiresAt, using: &generator)
            }
            print(token)
            let kind = purpose == .api ? "an api" : "a calendar"
            printError("Issued \(kind) token to \(username)\(until); it is shown only this once.")
        }

        /// Creates the file first, so that a file that cannot be written stops the command before any token
        /// exists; removes it again when nothing was issued.
        private func issueToDelegates(into output: String, expiresAt: Date?) async throws {
            let file = try SecretFile(creating: output)
            let criteria = try parsedCriteria()
            var generator = SystemRandomNumberGenerator()
            let issued: [IssuedDelegateToken]
            do {
                issued = try await database.withDatabase {
                    try await $0.accounts.issueDelegateTokens(where: criteria, expiresAt: expiresAt, using: &generator)
                }
            } catch {
                file.discard()
                throw error
            }
            guard !issued.isEmpty else {
                file.discard()
                return print("No delegate matches; no token was issued and \(output) was not written.")
            }
            try file.write(Self.csv(issued))
            print(
                "Issued an api and a calendar token to \(issued.count) delegate\(issued.count == 1 ? "" : "s")\(until) "
                    + "into \(output), the only copy: hand each row to its delegate, then delete the file.")
        }

        private var until: String { expires.map { ", valid until \($0)" } ?? "" }

        static func csv(_ issued: [IssuedDelegateToken]) -> String {
            let rows = issued.map { CSVWriter.line([$0.delegateCode, $0.fullName, $0.apiToken, $0.feedPath]) }
            // Staff open it in Excel to hand the rows out: with the byte-order mark, and names neutralised.
            let header = CSVWriter.byteOrderMark + CSVWriter.line(["code", "full_name", "token", "feed_path"])
            return ([header] + rows).joined(separator: "\n") + "\n"
        }
    }
}
