import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Delegates {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one delegate.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The delegate's code.")
        var code: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            guard let record = try await database.withDatabase({ try await $0.delegate(code: code) }) else {
                throw NotFound(what: "delegate", code: code)
            }
            switch format {
            case .json: try OutputFormat.printJSON(record)
            case .text:
                let fields: [(String, String?)] = [
                    ("Mã đại biểu", record.code), ("Họ và tên", record.fullName),
                    ("Giới tính", record.gender.map(Self.genderLabel)),
                    ("Ngày sinh", record.birthDate), ("Số CCCD", record.nationalID), ("Điện thoại", record.phone),
                    ("Email", record.email), ("Cơ quan dân cử", record.bodyName), ("Mã tỉnh", record.provinceCode),
                    ("Mã xã", record.communeCode), ("Nhiệm kỳ", record.term),
                    ("Lần đầu", record.firstTime ? "có" : "không"), ("Chuyên trách", record.fullTime ? "có" : "không"),
                    ("Chức vụ", record.position),
                ]
                let width = fields.map(\.0.count).max() ?? 0
                for (label, value) in fields {
                    print(label + String(repeating: " ", count: width - label.count) + "  " + (value ?? "—"))
                }
            }
        }
    }
}

extension TTBD.Delegates.Show {
    /// nam, nữ, khác: how Vietnamese forms write the stored `male`, `female`, `other`.
    static func genderLabel(_ stored: String) -> String {
        switch stored {
        case "male": "nam"
        case "female": "nữ"
        case "other": "khác"
        default: stored
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
