import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension WaivedRule: ExpressibleByArgument {}

extension TTBD.Delegates {
    struct Waive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "waive",
            abstract: inLanguage(
                en: "Set a program's audience or prerequisites aside for one delegate, with the reason.",
                vi: """
                    Miễn điều kiện về đối tượng hoặc về chuyên đề phải học trước của một chương trình cho một đại \
                    biểu, kèm lý do.
                    """),
            discussion: inLanguage(
                en: """
                    For the catalog's "hoặc ≥ 1 năm làm đại biểu" beside a prerequisite, or a re-elected leader \
                    admitted to a program meant for others. The other rules still hold; the waiver is audited and \
                    shown in `ttbd delegates history`.
                    """,
                vi: """
                    Dùng khi danh mục ghi "hoặc ≥ 1 năm làm đại biểu" bên cạnh một chuyên đề phải học trước, hoặc khi \
                    một lãnh đạo tái cử được nhận vào chương trình dành cho đối tượng khác. Các điều kiện khác vẫn áp \
                    dụng; việc miễn được ghi vào nhật ký thay đổi và hiện trong `ttbd delegates history`.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var code: String

        @Option(
            help: .inLanguage(
                en: "The program whose rule is set aside, e.g. CT-C.",
                vi: "Chương trình có điều kiện được miễn, ví dụ CT-C."))
        var program: String

        @Option(
            help: .inLanguage(
                en: "audience or prerequisites.",
                vi: "audience (đối tượng) hoặc prerequisites (chuyên đề phải học trước)."))
        var rule: WaivedRule

        @Option(
            help: .inLanguage(
                en: "Why, in words the audit trail keeps (required).",
                vi: "Lý do, được lưu nguyên văn trong nhật ký thay đổi (bắt buộc)."))
        var reason: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(localized("--reason must say why the rule is set aside"))
            }
        }

        func run() async throws {
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let waiver = try await database.withOperations { [code, program, rule] in
                try await $0.waive(rule, program: program, delegateCode: code, reason: reason)
            }
            switch format {
            case .json: try OutputFormat.printJSON(waiver)
            case .text:
                let (code, name, program) = (waiver.delegateCode, waiver.fullName, waiver.program)
                let (reason, by) = (waiver.reason, waiver.grantedBy)
                let setAside: Message =
                    switch waiver.rule {
                    case .audience: "\(code) \(name): the audience of \(program) set aside (\(reason)), by \(by)."
                    case .prerequisites:
                        "\(code) \(name): the prerequisites of \(program) set aside (\(reason)), by \(by)."
                    }
                print(localized(setAside))
            }
        }
    }
}
