import ArgumentParser
import Foundation
import PrintedPages
import TrainingStore

extension TTBD.Certificates {
    struct Print: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print",
            abstract: "Print certificates on A4: one certificate by its number, or every valid one of a class.",
            discussion: """
                Writes an HTML page (print it from a browser) or, for .pdf, a PDF through headless Chromium. Each \
                certificate carries a QR code of the address where anyone can check it: <public-url>/certificates/\
                NUMBER, the page `ttbd serve` answers without sign-in. The issuer, signer and place come from the \
                program's `issuer` in programs.yaml. A revoked certificate is not printed.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The certificate's number, e.g. GCN-2026-000123.")
        var number: String?

        @Option(name: .customLong("class"), help: "Print every valid certificate of this class instead.")
        var classCode: String?

        @Option(help: "The file to write: F.html or F.pdf.")
        var output: String

        @Option(
            name: .customLong("public-url"),
            help:
                "The address of `ttbd serve` as people reach it, e.g. https://ttbd.example.vn (default: TTBD_PUBLIC_URL)."
        )
        var publicURL: String?

        func validate() throws {
            guard (number == nil) != (classCode == nil) else {
                throw ValidationError("Name one certificate number or --class CODE, not both and not neither.")
            }
            guard output.hasSuffix(".html") || output.hasSuffix(".pdf") else {
                throw ValidationError(
                    "--output should end with .html or .pdf, e.g. giay-chung-nhan.pdf; found '\(output)'.")
            }
            guard let address = publicAddress else {
                throw ValidationError(
                    "Say where certificates are checked: --public-url https://… or TTBD_PUBLIC_URL (the address of ttbd serve)."
                )
            }
            guard let url = URL(string: address), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError(
                    "--public-url should be an http or https address, e.g. https://ttbd.example.vn; found '\(address)'."
                )
            }
        }

        private var publicAddress: String? {
            [publicURL, ProcessInfo.processInfo.environment["TTBD_PUBLIC_URL"]].compactMap { $0 }.first { !$0.isEmpty }
        }

        func run() async throws {
            let (number, classCode) = (number, classCode)
            let certificates = try await database.withDatabase { database in
                if let classCode {
                    try await database.certificates.printable(classCode: classCode)
                } else {
                    try await database.certificates.printable(number: number ?? "")
                }
            }
            let page = try CertificatePage(certificates: certificates, publicAddress: publicAddress ?? "").render()
            if output.hasSuffix(".pdf") {
                try ChromiumPDF.write(html: page, to: output)
            } else {
                try ListWriter(format: .table, output: output).write(page)
            }
            let noun = certificates.count == 1 ? "giấy chứng nhận" : "\(certificates.count) giấy chứng nhận"
            print("Đã ghi \(noun) vào \(output).")
        }
    }
}
