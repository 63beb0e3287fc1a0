import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing

/// Issue 18's first findings: a lecturer reads a delegate's records only from the classes they teach, without
/// the personal identifiers staff hold, and a mark outside the class tells them nothing about who exists.
@Suite("What a lecturer may read of a delegate")
struct LecturerScopeTests {
    /// Delegate 0101 (of B-HN-01, which lecturer `lan` teaches) also seated in B-HCM-01, which `lan` does not
    /// teach, and given an ID number, birth date, phone and e-mail.
    static func withSecondClass(_ body: @Sendable (ServiceWorld, any TestClientProtocol) async throws -> Void)
        async throws
    {
        try await ServiceWorld.with { world, client in
            try await world.database.client.query(
                """
                WITH joined AS (
                    INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
                    SELECT c.id, co.id, d.id, 'enrolled' FROM classes c JOIN cohorts co ON co.class_id = c.id, delegates d
                    WHERE c.code = 'B-HCM-01' AND d.code = '0101' RETURNING 1)
                UPDATE delegates SET national_id = '001090000101', birth_date = '1980-02-03', gender = 'male',
                       phone = '0912345678', email = 'an@hdnd.test'
                WHERE code = '0101' AND EXISTS (SELECT 1 FROM joined)
                """, logger: TestCluster.logger)
            try await body(world, client)
        }
    }

    @Test("the profile without identifiers; schedule and attendance only of the taught class; staff see all")
    func scope() async throws {
        try await Self.withSecondClass { world, client in
            let lecturer = try await client.execute(
                uri: "/v1/delegates/0101", method: .get, headers: world.headers("lan"))
            #expect(lecturer.status == .ok)
            let seen = try #require(try lecturer.json() as? [String: Any])
            #expect(seen["fullName"] as? String == "Nguyễn Văn An")
            for field in ["nationalID", "birthDate", "gender", "phone", "email"] {
                #expect(seen[field] == nil, "a lecturer sees \(field)")
            }
            let staff = try #require(
                try await client.execute(uri: "/v1/delegates/0101", method: .get, headers: world.headers("sam"))
                    .json() as? [String: Any])
            #expect(staff["nationalID"] as? String == "001090000101" && staff["email"] as? String == "an@hdnd.test")

            for path in ["schedule", "attendance"] {
                let uri = "/v1/delegates/0101/\(path)?limit=500"
                let taught = try await client.execute(uri: uri, method: .get, headers: world.headers("lan")).items()
                let all = try await client.execute(uri: uri, method: .get, headers: world.headers("sam")).items()
                let classes = { (rows: [[String: Any]]) in
                    Set(
                        rows.compactMap {
                            ($0["classCode"] ?? ($0["session"] as? [String: Any])?["classCode"]) as? String
                        })
                }
                #expect(classes(taught) == ["B-HN-01"], "\(path)")
                #expect(classes(all) == ["B-HN-01", "B-HCM-01"], "\(path)")
            }
        }
    }

    @Test("a mark of a delegate of another class and of an unknown code answer alike, naming nobody")
    func markOutsideTheClass() async throws {
        try await ServiceWorld.with { world, client in
            var headers = world.headers("lan")
            headers[.contentType] = "application/json"
            let uri = "/v1/sessions/\(world.fixture.sessions[0])/attendance"
            var answers: [(status: Int, detail: String)] = []
            for code in ["7901", "9999"] {
                let response = try await client.execute(
                    uri: uri, method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"delegate": "\#(code)", "status": "present"}"#))
                let detail = (try response.json() as? [String: Any])?["detail"] as? String ?? ""
                answers.append((response.status.code, detail.replacingOccurrences(of: code, with: "CODE")))
                #expect(!detail.contains("Đặng Văn Em"), "the answer names the delegate")
            }
            #expect(answers[0].status == 422 && answers[1].status == 422)
            #expect(answers[0].detail == answers[1].detail)
        }
    }
}
