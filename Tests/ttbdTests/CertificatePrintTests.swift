import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

@Suite("ttbd certificates print")
struct CertificatePrintTests {
    static let publicURL = "https://ttbd.example.vn/"

    /// The fixture with its three certificates issued (HN01, HN02, HN06) and CT-B's issuer named.
    func issued(_ fixture: AttendanceFixture) async throws {
        try await CertificateCommandTests().attend(fixture)
        #expect(try await fixture.ttbd("certificates", "issue", "B-HN-01").status == 0)
        try await fixture.query(
            """
            UPDATE curricula SET issuer_body = 'Trung tâm Bồi dưỡng đại biểu dân cử',
                issuer_parent_body = 'Viện Nghiên cứu lập pháp', issuer_signer_title = 'Giám đốc', issuer_place = 'Hà Nội'
            """)
    }

    @Test(
        "one certificate as an A4 page: the issuer's header, the delegate escaped, the class's days, the dated signature, the check address"
    )
    func html() async throws {
        try await AttendanceFixture.with { fixture in
            try await issued(fixture)
            let output = "\(fixture.folder.path)/gcn.html"
            let printed = try await fixture.ttbd(
                "certificates", "print", "gcn-2026-000003", "--output", output, "--public-url", Self.publicURL)
            #expect(printed.status == 0, "\(printed.text)")
            #expect(printed.standardOutput == "Đã ghi giấy chứng nhận vào \(output).")
            let page = try String(contentsOfFile: output, encoding: .utf8)
            let issuedOn = try await fixture.strings(
                """
                SELECT to_char(issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') FROM certificates
                WHERE number = 'GCN-2026-000003'
                """)[0].split(separator: "-").map { Int($0)! }
            let day = issuedOn[2] < 10 ? "0\(issuedOn[2])" : "\(issuedOn[2])"
            let month = issuedOn[1] <= 2 ? "0\(issuedOn[1])" : "\(issuedOn[1])"
            for expected in [
                "size: A4 landscape",
                "VIỆN NGHIÊN CỨU LẬP PHÁP<br><strong>TRUNG TÂM BỒI DƯỠNG ĐẠI BIỂU DÂN CỬ</strong>",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<h1>GIẤY CHỨNG NHẬN</h1>",
                "<dd class=\"name\">Ngô Thị &lt;Lan&gt; &amp; Út</dd>", "<dd>Bồi dưỡng đại biểu HĐND</dd>",
                "<dd>B-HN-01, từ ngày 04/05/2026 đến ngày 08/05/2026</dd>", "<dd>HĐND thành phố Hà Nội</dd>",
                "Hà Nội, ngày \(day) tháng \(month) năm \(issuedOn[0])", "<p class=\"title\">Giám đốc</p>",
                "Số: <strong>GCN-2026-000003</strong>", "https://ttbd.example.vn/certificates/GCN-2026-000003</p>",
                "aria-label=\"Mã QR: https://ttbd.example.vn/certificates/GCN-2026-000003\"",
            ] {
                #expect(page.contains(expected), "\(expected)")
            }
            #expect(!page.contains("<Lan>"))
            #expect(page.components(separatedBy: "<section class=\"certificate\">").count == 2)
        }
    }

    /// Printed by headless Chromium, turned into images by poppler's pdftoppm and read by zbar (Debian's packages,
    /// installed by scripts/setup): what a phone held over the paper would open.
    @Test("a class's certificates as a PDF, a page each, whose QR codes read back as their check addresses")
    func pdf() async throws {
        try await AttendanceFixture.with { fixture in
            try await issued(fixture)
            let output = "\(fixture.folder.path)/lop.pdf"
            let printed = try await fixture.ttbd(
                "certificates", "print", "--class", "B-HN-01", "--output", output, "--public-url",
                "http://127.0.0.1:8080")
            #expect(printed.status == 0, "\(printed.text)")
            #expect(printed.standardOutput == "Đã ghi 3 giấy chứng nhận vào \(output).")
            let pages = try ChildProcess(
                "/usr/bin/pdftoppm", ["-r", "150", "-png", output, "\(fixture.folder.path)/trang"]
            ).run()
            #expect(pages.status == 0, "\(pages.text)")
            let images = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
                .filter { $0.hasPrefix("trang") }.sorted()
            #expect(images.count == 3)
            var read: [String] = []
            for image in images {
                let decoded = try ChildProcess(
                    "/usr/bin/zbarimg", ["--quiet", "--raw", "\(fixture.folder.path)/\(image)"]
                ).run()
                read.append(decoded.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(
                read
                    == ["GCN-2026-000001", "GCN-2026-000002", "GCN-2026-000003"].map {
                        "http://127.0.0.1:8080/certificates/\($0)"
                    })
        }
    }

    @Test(
        "a wrong command line is a usage error and a certificate that cannot be printed is bad data; neither writes a file"
    )
    func refusals() async throws {
        try await AttendanceFixture.with { fixture in
            try await issued(fixture)
            let output = "\(fixture.folder.path)/x.html"
            let usage: [[String]] = [
                ["GCN-2026-000001", "--class", "B-HN-01", "--output", output, "--public-url", Self.publicURL],
                ["--output", output, "--public-url", Self.publicURL],
                ["GCN-2026-000001", "--output", "\(fixture.folder.path)/x.txt", "--public-url", Self.publicURL],
                ["GCN-2026-000001", "--output", output],
                ["GCN-2026-000001", "--output", output, "--public-url", "ttbd.example.vn"],
            ]
            for arguments in usage {
                let result = try await CommandLineTool.run(
                    ["certificates", "print"] + arguments, environment: fixture.environment)
                #expect(result.status == 64, "\(arguments): \(result.text)")
            }
            try await fixture.query(
                "UPDATE certificates SET revoked_at = now(), revocation_reason = 'cấp nhầm' WHERE number = 'GCN-2026-000002'"
            )
            let revoked = try await fixture.ttbd(
                "certificates", "print", "GCN-2026-000002", "--output", output, "--public-url", Self.publicURL)
            #expect(revoked.status == 65)
            #expect(revoked.standardError.contains("certificate GCN-2026-000002 was revoked on"))
            let unknown = try await fixture.ttbd(
                "certificates", "print", "--class", "B-HN-99", "--output", output, "--public-url", Self.publicURL)
            #expect(unknown.status == 65)
            try await fixture.query(
                """
                UPDATE curricula SET issuer_body = NULL, issuer_parent_body = NULL, issuer_signer_title = NULL,
                    issuer_place = NULL
                """)
            let noIssuer = try await fixture.ttbd(
                "certificates", "print", "GCN-2026-000001", "--output", output, "--public-url", Self.publicURL)
            #expect(noIssuer.status == 65)
            #expect(noIssuer.standardError.contains("program CT-B names no issuer of its certificates"))
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}
