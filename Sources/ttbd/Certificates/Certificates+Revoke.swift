import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Certificates {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: inLanguage(
                en: "Revoke a certificate, with the reason; `verify` then says revoked, when and why.",
                vi: """
                    Thu hồi một giấy chứng nhận, kèm lý do; sau đó `verify` báo giấy đã bị thu hồi, vào ngày nào và vì \
                    sao.
                    """),
            discussion: inLanguage(
                en: "An unknown number exits 65; a certificate already revoked is refused (exit 65).",
                vi: """
                    Số không tồn tại: mã thoát 65; giấy chứng nhận đã bị thu hồi từ trước thì bị từ chối (mã thoát \
                    65).
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The certificate's number, e.g. GCN-2026-000123.",
                vi: "Số giấy chứng nhận, ví dụ GCN-2026-000123."))
        var number: String

        @Option(
            help: .inLanguage(
                en: "Why it is revoked (required; the audit trail and `verify` keep it).",
                vi: "Lý do thu hồi (bắt buộc; được lưu trong nhật ký thay đổi và hiện trong `verify`)."))
        var reason: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(localized("--reason must say why the certificate is revoked"))
            }
        }

        func run() async throws {
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let record = try await database.withOperations { [number] in
                try await $0.revokeCertificate(number: number, reason: reason)
            }
            switch format {
            case .json: try OutputFormat.printJSON(record)
            case .text:
                print(
                    localized(
                        "\(record.number) (\(record.delegateCode) \(record.fullName), \(record.classCode)): "
                            + "revoked on \(day: record.revokedOn ?? "?") (\(reason))."))
            }
        }
    }
}
