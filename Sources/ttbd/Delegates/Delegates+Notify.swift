import ArgumentParser
import TrainingModel
import TrainingOperations

extension TTBD.Delegates {
    struct Notify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify",
            abstract: inLanguage(
                en: "Choose how a delegate's notices reach them: e-mail, the center's webhook, or none.",
                vi: "Chọn cách gửi thông báo đến một đại biểu: thư điện tử, webhook của Trung tâm, hoặc không gửi."),
            discussion: inLanguage(
                en: """
                    By default a delegate is told by e-mail when they have an address, otherwise through the webhook \
                    (the center's SMS gateway or Zalo account) when they have a phone number; `--by auto` returns to \
                    that. The choice is audited and shown in `ttbd delegates history`.
                    """,
                vi: """
                    Mặc định, đại biểu được báo qua thư điện tử nếu có địa chỉ thư, nếu không thì qua webhook (cổng \
                    SMS hoặc tài khoản Zalo của Trung tâm) nếu có số điện thoại; `--by auto` trở lại cách mặc định \
                    này. Lựa chọn được ghi vào nhật ký thay đổi và hiện trong `ttbd delegates history`.
                    """))

        enum Channel: String, ExpressibleByArgument, CaseIterable {
            case email, webhook, none, auto
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var code: String

        @Option(
            help: .inLanguage(
                en: "email, webhook, none or auto.",
                vi: "email (thư điện tử), webhook, none (không gửi) hoặc auto (theo mặc định)."))
        var by: Channel

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let preference = NoticePreference(rawValue: by.rawValue)
            let recipient = try await database.withOperations { [code] in
                try await $0.setNoticePreference(delegateCode: code, to: preference)
            }
            switch format {
            case .json: try OutputFormat.printJSON(recipient)
            case .text:
                let (code, name) = (recipient.code, recipient.name)
                let told: Message =
                    switch (recipient.preference, recipient.phone) {
                    case (.email?, _): "\(code) \(name) is told by e-mail to \(recipient.email ?? "")."
                    case (.webhook?, let phone?):
                        "\(code) \(name) is told through the center's webhook (phone \(phone))."
                    case (.webhook?, nil): "\(code) \(name) is told through the center's webhook."
                    case (.none?, _): "\(code) \(name) is told not at all: their notices are dropped unsent."
                    case (nil, _):
                        "\(code) \(name) is told by default: e-mail when they have an address, otherwise the webhook."
                    }
                print(localized(told))
            }
        }
    }
}
