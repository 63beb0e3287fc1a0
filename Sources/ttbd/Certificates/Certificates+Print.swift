import ArgumentParser
import Foundation
import PrintedPages
import TrainingModel
import TrainingStore

extension TTBD.Certificates {
    struct Print: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print",
            abstract: inLanguage(
                en: "Print certificates on A4: one certificate by its number, or every valid one of a class.",
                vi: "In giấy chứng nhận khổ A4: một giấy theo số, hoặc mọi giấy còn hiệu lực của một lớp."),
            discussion: inLanguage(
                en: """
                    Writes an HTML page (print it from a browser) or, for .pdf, a PDF through headless Chromium. Each \
                    certificate carries a QR code of the address where anyone can check it: \
                    <public-url>/certificates/NUMBER, the page `ttbd serve` answers without sign-in. The issuer, \
                    signer and place come from the program's `issuer` in programs.yaml. A revoked certificate is not \
                    printed.
                    """,
                vi: """
                    Ghi ra một trang HTML (in từ trình duyệt) hoặc, với tệp .pdf, một tệp PDF qua Chromium chạy ẩn \
                    (headless). Mỗi giấy chứng nhận có mã QR dẫn tới địa chỉ mà bất kỳ ai cũng kiểm tra được: \
                    <public-url>/certificates/NUMBER, trang do `ttbd serve` trả lời mà không cần đăng nhập. Cơ quan \
                    cấp, người ký và địa danh lấy từ mục `issuer` của chương trình trong programs.yaml. Giấy chứng \
                    nhận đã thu hồi thì không được in.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The certificate's number, e.g. GCN-2026-000123.",
                vi: "Số giấy chứng nhận, ví dụ GCN-2026-000123."))
        var number: String?

        @Option(
            name: .customLong("class"),
            help: .inLanguage(
                en: "Print every valid certificate of this class instead.",
                vi: "In mọi giấy chứng nhận còn hiệu lực của lớp này, thay vì in một giấy theo số."))
        var classCode: String?

        @Option(help: .inLanguage(en: "The file to write: F.html or F.pdf.", vi: "Tệp cần ghi ra: F.html hoặc F.pdf."))
        var output: String

        @Option(
            name: .customLong("public-url"),
            help: .inLanguage(
                en: """
                    The address of `ttbd serve` as people reach it, e.g. https://ttbd.example.vn (default: \
                    TTBD_PUBLIC_URL).
                    """,
                vi: """
                    Địa chỉ của `ttbd serve` mà mọi người truy cập, ví dụ https://ttbd.example.vn (mặc định: \
                    TTBD_PUBLIC_URL).
                    """))
        var publicURL: String?

        func validate() throws {
            guard (number == nil) != (classCode == nil) else {
                throw ValidationError(
                    localized("Name one certificate number or --class CODE, not both and not neither."))
            }
            guard output.hasSuffix(".html") || output.hasSuffix(".pdf") else {
                throw ValidationError(
                    localized("--output should end with .html or .pdf, e.g. giay-chung-nhan.pdf; found '\(output)'."))
            }
            guard let address = publicAddress else {
                throw ValidationError(
                    localized(
                        "Say where certificates are checked: --public-url https://… or TTBD_PUBLIC_URL "
                            + "(the address of ttbd serve)."))
            }
            guard PublicAddress.isServiceAddress(address) else {
                throw ValidationError(
                    localized(
                        "--public-url should be an http or https address, e.g. https://ttbd.example.vn; "
                            + "found '\(address)'."))
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
