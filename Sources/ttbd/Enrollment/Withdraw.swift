import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD {
    /// `ttbd withdraw`: a delegate leaves a class; the first wait-listed takes the seat.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a delegate from a class; a freed seat goes to the first wait-listed delegate.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The class's code.")
        var classCode: String

        @Argument(help: "The delegate's code.")
        var code: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let withdrawal = try await database.withOperations {
                try await $0.withdraw(classCode: classCode, delegateCode: code)
            }
            switch format {
            case .json: try OutputFormat.printJSON(withdrawal)
            case .text:
                print(
                    "\(withdrawal.delegateCode) \(withdrawal.fullName): withdrawn from \(withdrawal.classCode) (was \(withdrawal.previousStatus.words))."
                )
                if let promoted = withdrawal.promoted {
                    print("\(promoted), from the wait list.")
                }
            }
        }
    }
}
