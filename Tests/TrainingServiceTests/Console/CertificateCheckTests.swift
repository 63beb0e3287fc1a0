import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingOperations
import TrainingService

/// Issue 15: the public page a printed certificate's QR code opens: no sign-in, only what a check needs.
@Suite("Certificate check page")
struct CertificateCheckTests {
    @Test("anyone can check a certificate without signing in: valid, then revoked with the day and reason")
    func validThenRevoked() async throws {
        try await ConsoleWorld.with { world, browser in
            let operations = TrainingOperations(database: world.database)
            _ = try await operations.closeSession(world.fixture.sessions[4])
            let issued = try await operations.issueCertificates(classCode: "B-HN-01", dryRun: false)
            #expect(issued.issued.map(\.number) == ["GCN-2026-000001"])

            let valid = try await browser.get("/certificates/gcn-2026-000001")
            #expect(valid.status == .ok)
            #expect(valid.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(valid.text.contains("Giấy chứng nhận số <strong>GCN-2026-000001</strong> còn hiệu lực."))
            #expect(valid.text.contains("<dd>Nguyễn Văn An</dd>") && valid.text.contains("<dd>B-HN-01</dd>"))
            #expect(!valid.text.contains("0101"), "the delegate's code is not for the public")
            #expect(!valid.text.contains("Đăng xuất"), "no account's frame on a public page")

            _ = try await operations.revokeCertificate(number: "GCN-2026-000001", reason: "cấp nhầm <lớp>")
            let revoked = try await browser.get("/certificates/GCN-2026-000001")
            #expect(revoked.status == .ok)
            #expect(revoked.text.contains("đã bị thu hồi ngày "))
            #expect(revoked.text.contains(": cấp nhầm &lt;lớp&gt;."))
            #expect(!revoked.text.contains("còn hiệu lực"))
        }
    }

    @Test("an unknown number answers 404 with the number escaped, and a sweep of unknown numbers is slowed down")
    func unknownNumbers() async throws {
        let configuration = ServiceConfiguration(jobsInterval: nil, failedAuthenticationLimit: 3)
        try await ConsoleWorld.with(configuration: configuration) { _, browser in
            let unknown = try await browser.get("/certificates/%3Cscript%3Ealert(1)")
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("Không có giấy chứng nhận nào mang số <strong>&lt;script&gt;"))
            #expect(!unknown.text.contains("<script>alert"))
            var statuses: [HTTPResponse.Status] = []
            for serial in 1...3 {
                statuses.append(try await browser.get("/certificates/GCN-2026-99990\(serial)").status)
            }
            #expect(statuses == [.notFound, .notFound, .tooManyRequests])
        }
    }
}
