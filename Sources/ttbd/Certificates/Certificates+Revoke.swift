import ArgumentParser
import Foundation
import TrainingOperations

extension TTBD.Certificates {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke a certificate, with the reason; `verify` then says revoked, when and why.",
            discussion: "An unknown number exits 65; a certificate already revoked is refused (exit 65).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The certificate's number, e.g. GCN-2026-000123.")
        var number: String

        @Option(help: "Why it is revoked (required; the audit trail and `verify` keep it).")
        var reason: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--reason must say why the certificate is revoked")
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
                    "\(record.number) (\(record.delegateCode) \(record.fullName), \(record.classCode)): revoked on \(record.revokedOn ?? "?") (\(reason))."
                )
            }
        }
    }
}
