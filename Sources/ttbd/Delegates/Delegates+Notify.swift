import ArgumentParser
import TrainingModel
import TrainingOperations

extension TTBD.Delegates {
    struct Notify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify",
            abstract: "Choose how a delegate's notices reach them: e-mail, the center's webhook, or none.",
            discussion: """
                By default a delegate is told by e-mail when they have an address, otherwise through the webhook \
                (the center's SMS gateway or Zalo account) when they have a phone number; `--by auto` returns to \
                that. The choice is audited and shown in `ttbd delegates history`.
                """)

        enum Channel: String, ExpressibleByArgument, CaseIterable {
            case email, webhook, none, auto
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The delegate's code.")
        var code: String

        @Option(help: "email, webhook, none or auto.")
        var by: Channel

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let preference = NoticePreference(rawValue: by.rawValue)
            let recipient = try await database.withOperations { [code] in
                try await $0.setNoticePreference(delegateCode: code, to: preference)
            }
            switch format {
            case .json: try OutputFormat.printJSON(recipient)
            case .text:
                let how =
                    switch recipient.preference {
                    case .email?: "by e-mail to \(recipient.email ?? "")"
                    case .webhook?: "through the center's webhook\(recipient.phone.map { " (phone \($0))" } ?? "")"
                    case .none?: "not at all: their notices are dropped unsent"
                    case nil: "by default: e-mail when they have an address, otherwise the webhook"
                    }
                print("\(recipient.code) \(recipient.name) is told \(how).")
            }
        }
    }
}
