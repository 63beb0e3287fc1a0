import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Delegates {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one delegate.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The delegate's code.")
        var code: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            guard let record = try await database.withDatabase({ try await $0.delegates.delegate(code: code) }) else {
                throw NotFound(what: "delegate", code: code)
            }
            switch format {
            case .json: try OutputFormat.printJSON(record)
            case .text:
                let delegate = record.delegate
                let fields: [(String, String?)] = [
                    ("Mã đại biểu", delegate.code), ("Họ và tên", delegate.fullName),
                    ("Giới tính", delegate.gender.map(Self.genderLabel)),
                    ("Ngày sinh", delegate.birthDate?.description),
                    ("Số CCCD", delegate.nationalID), ("Điện thoại", delegate.phone), ("Email", delegate.email),
                    ("Cơ quan dân cử", record.bodyName), ("Mã tỉnh", delegate.provinceCode),
                    ("Mã xã", delegate.communeCode), ("Nhiệm kỳ", delegate.term),
                    ("Lần đầu", delegate.firstTime ? "có" : "không"),
                    ("Chuyên trách", delegate.fullTime ? "có" : "không"),
                    ("Chức vụ", delegate.position),
                ]
                let width = fields.map(\.0.count).max() ?? 0
                for (label, value) in fields {
                    print(
                        label + String(repeating: " ", count: width - label.count) + "  " + (value?.terminalSafe ?? "—")
                    )
                }
            }
        }
    }
}

extension TTBD.Delegates.Show {
    /// nam, nữ, khác: how Vietnamese forms write it.
    static func genderLabel(_ gender: Delegate.Gender) -> String {
        switch gender {
        case .male: "nam"
        case .female: "nữ"
        case .other: "khác"
        }
    }
}

/// A code that names nothing in the database: bad input, exit 65.
struct NotFound: UserFacingError {
    let what: String
    let code: String

    var kind: FailureKind { .badData }
    var description: String { "no \(what) has the code \(code); check the code (`ttbd \(what)s list --search …`)" }
}
