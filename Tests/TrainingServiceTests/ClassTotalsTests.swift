import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing

/// In a small class a delegate's own marks and the class's totals give away a classmate's attendance: below
/// five seated, the totals are for staff and lecturers only.
@Suite("Attendance totals of small classes")
struct ClassTotalsTests {
    @Test("a delegate of a three-seat class sees no totals; staff and its lecturer do; at five seats the delegate does")
    func smallClass() async throws {
        try await ServiceWorld.with { world, client in
            func detail(_ username: String) async throws -> [String: Any] {
                try #require(
                    try await client.execute(uri: "/v1/classes/B-HN-01", method: .get, headers: world.headers(username))
                        .json() as? [String: Any])
            }
            let member = try await detail("an")
            #expect(member["attendedSessions"] == nil && member["expectedSessions"] == nil)
            #expect(member["attendanceRate"] == nil)
            #expect(member["modules"] != nil)
            for username in ["sam", "lan"] {
                #expect(try await detail(username)["expectedSessions"] as? Int != nil, "\(username)")
            }
            try await world.database.client.query(
                "UPDATE classes SET capacity = 10, enrolled_count = 5 WHERE code = 'B-HN-01'",
                logger: TestCluster.logger)
            #expect(try await detail("an")["expectedSessions"] as? Int != nil)
        }
    }
}
