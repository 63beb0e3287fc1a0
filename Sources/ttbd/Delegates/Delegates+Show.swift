import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Delegates {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: inLanguage(
                en: "Show one delegate.",
                vi: "Xem thông tin một đại biểu."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var code: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            guard let record = try await database.withDatabase({ try await $0.delegates.delegate(code: code) }) else {
                throw NotFound("no delegate has the code \(code); check the code (`ttbd delegates list --search …`)")
            }
            switch format {
            case .json: try OutputFormat.printJSON(record)
            case .text:
                let delegate = record.delegate
                let fields: [(label: String, value: String?)] = [
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
                printLabelled(fields)
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
    /// Which code names nothing, and how to find the right one.
    let wording: Message

    init(_ wording: Message) {
        self.wording = wording
    }

    var kind: FailureKind { .badData }
    var description: String { wording.description }
    func text(in language: Language) -> String { wording.text(in: language) }
}
