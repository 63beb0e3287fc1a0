import Foundation
import TestSupport
import Testing
import TrainingOperations
import TrainingStore

@Suite("ttbd certificates on the command line")
struct CertificateCommandTests {
    /// All ten sessions of N1 held; of its six delegates, HN01 attended 10, HN02 8 (missed two B01), HN06 10
    /// (one late), HN03 7, HN04 8 but neither B03 session, HN05 6 and neither B03 session. HN07, in N2, has
    /// no session.
    func attend(_ fixture: AttendanceFixture) async throws {
        try await fixture.query("UPDATE sessions SET status = 'held'")
        try await fixture.mark("HN01", "present", at: 0..<10)
        try await fixture.mark("HN02", "present", at: 2..<10)
        try await fixture.mark("HN02", "absent", at: 0..<2)
        try await fixture.mark("HN06", "present", at: 1..<10)
        try await fixture.mark("HN06", "late", at: [0])
        try await fixture.mark("HN03", "present", at: 3..<10)
        try await fixture.mark("HN03", "excused", at: 0..<3)
        try await fixture.mark("HN04", "present", at: 0..<8)
        try await fixture.mark("HN05", "present", at: 2..<8)
    }

    static let notCompleting = """
        Not completing (4):
          HN03  Lê Văn Bình: attended 7 of 10 held sessions, needs 8
          HN07  Bùi Văn Cao: none of their sessions has been held (closed) yet; missing required modules B01, B02, B03
          HN05  Hoàng Văn Dũng: attended 6 of 10 held sessions, needs 8; missing required module B03
          HN04  Phạm Minh Đức: missing required module B03
        """

    @Test("issues numbered certificates to those who complete, says why the others do not, and is idempotent")
    func issue() async throws {
        try await AttendanceFixture.with { fixture in
            try await attend(fixture)
            let before = try await fixture.digest()
            let dryRun = try await fixture.ttbd("certificates", "issue", "B-HN-01", "--dry-run")
            #expect(dryRun.status == 0, "\(dryRun.text)")
            #expect(dryRun.standardOutput.hasPrefix("Would issue 3 new certificates for class B-HN-01."))
            #expect(dryRun.standardOutput.hasSuffix("Dry run: nothing was written."))
            #expect(try await fixture.digest() == before)

            let issued = try await fixture.ttbd("certificates", "issue", "B-HN-01")
            #expect(issued.status == 0, "\(issued.text)")
            #expect(
                issued.standardOutput == """
                    Issued 3 new certificates for class B-HN-01.
                      GCN-2026-000001  HN01  Nguyễn Văn An
                      GCN-2026-000002  HN02  Trần Thị Ánh
                      GCN-2026-000003  HN06  Ngô Thị <Lan> & Út
                    \(Self.notCompleting)
                    """)
            #expect(
                try await fixture.strings(
                    """
                    SELECT d.code || ':' || e.status FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
                    WHERE d.code LIKE 'HN0%' AND d.code <> 'HN07' ORDER BY d.code
                    """) == [
                        "HN01:completed", "HN02:completed", "HN03:enrolled", "HN04:enrolled", "HN05:enrolled",
                        "HN06:completed",
                    ])

            let again = try await fixture.ttbd("certificates", "issue", "B-HN-01")
            #expect(
                again.standardOutput
                    == "Issued 0 new certificates for class B-HN-01 (3 already had one).\n\(Self.notCompleting)")
            #expect(try await fixture.strings("SELECT count(*)::text FROM certificates") == ["3"])

            let missing = try await fixture.ttbd("certificates", "issue", "B-HN-99")
            #expect(missing.status == 65)
            #expect(missing.standardError.hasPrefix("no class has the code B-HN-99"))
        }
    }

    @Test("two staff issuing at once issue each certificate once")
    func concurrentIssue() async throws {
        try await AttendanceFixture.with { fixture in
            try await attend(fixture)
            let settings = fixture.database
            async let first = settings.run {
                try await TrainingOperations(database: $0).issueCertificates(classCode: "B-HN-01", dryRun: false)
            }
            async let second = settings.run {
                try await TrainingOperations(database: $0).issueCertificates(classCode: "B-HN-01", dryRun: false)
            }
            let counts = try await [first.issued.count, second.issued.count].sorted()
            #expect(counts == [0, 3])
            #expect(
                try await fixture.strings("SELECT number FROM certificates ORDER BY number") == [
                    "GCN-2026-000001", "GCN-2026-000002", "GCN-2026-000003",
                ])
        }
    }

    @Test("verify says valid or revoked and whose, and refuses an unknown number; list shows the class's")
    func verifyAndList() async throws {
        try await AttendanceFixture.with { fixture in
            try await attend(fixture)
            #expect(try await fixture.ttbd("certificates", "issue", "B-HN-01").status == 0)
            try await fixture.query(
                "UPDATE certificates SET revoked_at = '2026-06-01 10:00+07' WHERE number = 'GCN-2026-000003'")
            let today = try await fixture.strings("SELECT to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')")

            let valid = try await fixture.ttbd("certificates", "verify", "gcn-2026-000002")
            #expect(valid.status == 0, "\(valid.text)")
            #expect(
                valid.standardOutput == """
                    GCN-2026-000002: valid
                    Delegate   HN02 Trần Thị Ánh
                    Class      B-HN-01
                    Program    CT-B Bồi dưỡng đại biểu HĐND
                    Issued on  \(today[0])
                    """)
            let revoked = try await fixture.ttbd("certificates", "verify", "GCN-2026-000003")
            #expect(revoked.standardOutput.hasPrefix("GCN-2026-000003: REVOKED on 2026-06-01\nDelegate   HN06"))
            let unknown = try await fixture.ttbd("certificates", "verify", "GCN-2026-999999")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.hasPrefix("no certificate has the number GCN-2026-999999"))

            let list = try await fixture.ttbd("certificates", "list", "--class", "B-HN-01", "--format", "csv")
            #expect(
                list.standardOutput.split(separator: "\n") == [
                    "number,delegate_code,full_name,issued_on,valid",
                    "GCN-2026-000001,HN01,Nguyễn Văn An,\(today[0]),true",
                    "GCN-2026-000002,HN02,Trần Thị Ánh,\(today[0]),true",
                    "GCN-2026-000003,HN06,Ngô Thị <Lan> & Út,\(today[0]),false",
                ])
        }
    }
}
