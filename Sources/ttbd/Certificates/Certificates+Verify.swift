import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Certificates {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: inLanguage(
                en: "Say whether a certificate number is valid or revoked, and whose it is.",
                vi: "Cho biết một số giấy chứng nhận còn hiệu lực hay đã bị thu hồi, và cấp cho ai."),
            discussion: inLanguage(
                en: "An unknown number exits 65.",
                vi: "Số không tồn tại: mã thoát 65."))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The certificate's number, e.g. GCN-2026-000123.",
                vi: "Số giấy chứng nhận, ví dụ GCN-2026-000123."))
        var number: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let number = number
            let record = try await database.withDatabase { try await $0.certificates.certificate(number: number) }
            switch format {
            case .json: try OutputFormat.printJSON(record)
            case .text:
                let state: Message =
                    switch (record.revokedOn, record.revocationReason) {
                    case (let day?, let reason?): "REVOKED on \(day: day): \(reason)"
                    case (let day?, nil): "REVOKED on \(day: day)"
                    case (nil, _): "valid"
                    }
                print("\(record.number): " + localized(state))
                let fields: [(label: String, value: String)] = [
                    (localized("Delegate"), "\(record.delegateCode) \(record.fullName)"),
                    (localized("Class"), record.classCode),
                    (localized("Program"), "\(record.programCode) \(record.programTitle)"),
                    (localized("Issued on"), localized("\(day: record.issuedOn)")),
                ]
                printLabelled(fields)
            }
        }
    }
}
