import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD {
    /// `ttbd withdraw`: delegates leave a class; the first wait-listed take the seats.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw delegates from a class; each freed seat goes to the first wait-listed delegate.",
            discussion: """
                Named delegates (arguments or --from-file) are withdrawn all or nothing: if any is not in the \
                class, each such one is listed and nobody is withdrawn (exit 65). --where withdraws everyone in \
                the class who matches.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var classCode: String

        @OptionGroup var delegates: DelegateSelection

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let criteria = try delegates.parsedCriteria()
            let withdrawals = try await delegates.readingRoster { roster in
                try await database.withOperations { [classCode, delegates] in
                    if let criteria { return try await $0.withdraw(classCode: classCode, matching: criteria) }
                    return try await $0.withdraw(classCode: classCode, delegateCodes: delegates.codes, roster: roster)
                }
            }
            switch format {
            case .json: try OutputFormat.printJSON(withdrawals)
            case .text:
                for withdrawal in withdrawals {
                    print(
                        localized(
                            "\(withdrawal.delegateCode) \(withdrawal.fullName): withdrawn from \(withdrawal.classCode) (was \(withdrawal.previousStatus.wording))."
                        ))
                    if let promoted = withdrawal.promoted {
                        print(localized("\(promoted.wording), from the wait list."))
                    }
                }
                if withdrawals.isEmpty { print(localized("Nobody in \(classCode) matches; nothing was written.")) }
            }
        }
    }
}
