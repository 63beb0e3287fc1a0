import TrainingModel
import TrainingStore

/// Certificates as one standalone HTML page to print, each on its own A4 landscape sheet: the issuer's official
/// header beside the national motto, the delegate, the program and the class's days, the place and date in the
/// administrative style, the signer's title, the number, and a QR code of the address where anyone can check it.
public struct CertificatePage: Sendable {
    public var certificates: [PrintableCertificate]
    /// The address of the service that verifies certificates, e.g. `https://ttbd.example.vn`.
    public var publicAddress: String

    public init(certificates: [PrintableCertificate], publicAddress: String) {
        self.certificates = certificates
        self.publicAddress = publicAddress
    }

    /// Where certificate `number` is checked: the public page `ttbd serve` answers at `/certificates/NUMBER`.
    public static func verificationAddress(of number: String, publicAddress: String) -> String {
        (publicAddress.hasSuffix("/") ? String(publicAddress.dropLast()) : publicAddress) + "/certificates/" + number
    }

    /// The page's own style, inline so that the file prints alone.
    public static let style = """
            @page { size: A4 landscape; margin: 10mm; }
            body { margin: 0; font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", "Liberation Serif", serif; font-size: 14pt; color: #000; }
            section.certificate { box-sizing: border-box; height: 188mm; border: 3pt double #8a1c1c; padding: 9mm 14mm; position: relative; break-after: page; page-break-after: always; }
            section.certificate:last-child { break-after: auto; page-break-after: auto; }
            table.heading { width: 100%; }
            table.heading td { width: 50%; text-align: center; vertical-align: top; font-size: 12.5pt; }
            .issuer strong, .motto strong { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
            h1 { text-align: center; color: #8a1c1c; font-size: 30pt; letter-spacing: 2pt; margin: 9mm 0 2mm; }
            p.lead { text-align: center; margin: 0 0 6mm; font-style: italic; }
            dl { display: grid; grid-template-columns: max-content 1fr; align-items: baseline; gap: 2.5mm 6mm; margin: 0 10mm; }
            dt { white-space: nowrap; }
            dd { margin: 0; font-weight: bold; }
            dd.name { font-size: 18pt; text-transform: uppercase; }
            .foot { position: absolute; left: 14mm; right: 14mm; bottom: 9mm; display: flex; justify-content: space-between; align-items: flex-end; }
            .check { display: flex; gap: 4mm; align-items: flex-end; font-size: 11pt; }
            .check p { margin: 0; max-width: 120mm; overflow-wrap: anywhere; }
            .signature { text-align: center; min-width: 90mm; }
            .signature .date { font-style: italic; margin: 0 0 2mm; }
            .signature .title { font-weight: bold; text-transform: uppercase; margin: 0 0 26mm; }
        """

    public func render() throws(QRCode.TooLong) -> String {
        var sections: [String] = []
        for certificate in certificates {
            sections.append(try section(certificate))
        }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>Giấy chứng nhận – \(HTMLPage.escape(certificates.map(\.number).joined(separator: ", ")))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(sections.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func section(_ certificate: PrintableCertificate) throws(QRCode.TooLong) -> String {
        let issuer = certificate.issuer
        let address = Self.verificationAddress(of: certificate.number, publicAddress: publicAddress)
        let qr = try QRCode(text: address).svg(millimetres: 26, label: "Mã QR: " + address)
        let parent = issuer.parentBody.map { HTMLPage.escape($0.uppercased()) + "<br>" } ?? ""
        var particulars: [(String, String, String)] = [("Họ và tên:", certificate.fullName, "name")]
        if let birth = certificate.birthDate { particulars.append(("Ngày sinh:", birth.vietnameseDayAndTime, "")) }
        let role = [certificate.position, certificate.bodyName].compactMap { $0 }.joined(separator: ", ")
        particulars.append(("Chức vụ, đơn vị:", role, ""))
        particulars.append(("Đã hoàn thành chương trình:", certificate.programTitle, ""))
        particulars.append(
            (
                "Lớp:",
                "\(certificate.classCode), từ ngày \(certificate.startsOn.vietnameseDayAndTime) "
                    + "đến ngày \(certificate.endsOn.vietnameseDayAndTime)", ""
            ))
        let rows = particulars.map { label, value, style in
            "<dt>\(label)</dt><dd\(style.isEmpty ? "" : " class=\"\(style)\"")>\(HTMLPage.escape(value))</dd>"
        }
        return """
            <section class="certificate">
            <table class="heading"><tr>
            <td class="issuer">\(parent)<strong>\(HTMLPage.escape(issuer.body.uppercased()))</strong></td>
            <td class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><strong>Độc lập - Tự do - Hạnh phúc</strong></td>
            </tr></table>
            <h1>GIẤY CHỨNG NHẬN</h1>
            <p class="lead">\(HTMLPage.escape(issuer.body)) chứng nhận</p>
            <dl>
            \(rows.joined(separator: "\n"))
            </dl>
            <div class="foot">
            <div class="check">\(qr)<p>Số: <strong>\(HTMLPage.escape(certificate.number))</strong><br>Kiểm tra giấy chứng nhận tại:<br>\(HTMLPage.escape(address))</p></div>
            <div class="signature"><p class="date">\(HTMLPage.escape(issuer.place)), \(Self.writtenDate(certificate.issuedOn))</p><p class="title">\(HTMLPage.escape(issuer.signerTitle))</p></div>
            </div>
            </section>
            """
    }

    /// `YYYY-MM-DD` as an administrative document dates itself: "ngày 05 tháng 01 năm 2026", with a zero before
    /// a day below 10 and before the months 1 and 2 (Nghị định 30/2020/NĐ-CP), "ngày 20 tháng 5 năm 2026"
    /// otherwise.
    static func writtenDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        let day = parts[2] < 10 ? "0\(parts[2])" : "\(parts[2])"
        let month = parts[1] <= 2 ? "0\(parts[1])" : "\(parts[1])"
        return "ngày \(day) tháng \(month) năm \(parts[0])"
    }
}
