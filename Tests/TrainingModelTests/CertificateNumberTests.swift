import Testing
import TrainingModel

@Suite("Certificate numbers")
struct CertificateNumberTests {
    @Test("GCN, the year, and the serial in at least six digits")
    func format() {
        #expect(CertificateNumber(year: 2026, serial: 123).description == "GCN-2026-000123")
        #expect(CertificateNumber(year: 2027, serial: 1).description == "GCN-2027-000001")
        #expect(CertificateNumber(year: 2026, serial: 1_234_567).description == "GCN-2026-1234567")
    }

    @Test("reads a number as people type it")
    func parses() {
        #expect(CertificateNumber(parsing: " gcn-2026-000123 ") == CertificateNumber(year: 2026, serial: 123))
        #expect(CertificateNumber(parsing: "GCN-2026-1234567") == CertificateNumber(year: 2026, serial: 1_234_567))
    }

    @Test(
        "refuses what is not a certificate number",
        arguments: ["", "GCN-2026-123", "GCN-26-000123", "XYZ-2026-000123", "GCN-2026-00012a", "GCN-2026-000123-1"])
    func refuses(_ text: String) {
        #expect(CertificateNumber(parsing: text) == nil)
    }
}
