import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Certificates {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Say whether a certificate number is valid or revoked, and whose it is.",
            discussion: "An unknown number exits 65.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The certificate's number, e.g. GCN-2026-000123.")
        var number: String

        @Option(help: "text or json.")
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
                let fields = [
                    ("Đại biểu", "\(record.delegateCode) \(record.fullName)"), ("Lớp", record.classCode),
                    ("Chương trình", "\(record.programCode) \(record.programTitle)"), ("Ngày cấp", record.issuedOn),
                ]
                let width = fields.map(\.0.count).max() ?? 0
                for (label, value) in fields {
                    print(label + String(repeating: " ", count: width - label.count) + "  " + value)
                }
            }
        }
    }
}
