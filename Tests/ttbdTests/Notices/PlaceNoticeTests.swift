import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// A delegate hears of their place in a class as it changes, from the change's own transaction: a seat, a
/// wait-list place, its promotion, a withdrawal, the class cancelled (once, not per session), a certificate.
@Suite("Notices of a delegate's place in a class", .serialized)
struct PlaceNoticeTests {
    @Test("a seat, a wait-list place, its promotion and a withdrawal are each told, in Vietnamese")
    func seatsAndWaitList() async throws {
        try await NoticeWorld.with(count: 2) { world in
            try await world.setUp([
                [
                    "classes", "create", "--code", "B-HN-10", "--curriculum", "CT-B", "--capacity", "1", "--venue",
                    "HN", "--from", "2027-03-01", "--to", "2027-03-31",
                ],
                ["enroll", "B-HN-10", "M0"],
                ["enroll", "B-HN-10", "M1"],
            ])
            let refused = try await world.ttbd(["withdraw", "B-HN-10", "M0", "M9"])
            #expect(refused.status == 65, "\(refused.text)")
            #expect(try await world.kinds()["withdrawn"] == nil, "a refused withdrawal tells nobody")
            try await world.setUp([["withdraw", "B-HN-10", "M0"]])
            #expect(
                try await world.kinds()
                    == ["session_reminder": 3, "enrolled": 1, "waitlisted": 1, "withdrawn": 1, "promoted": 1])

            try await SMTPSink.with { sink in
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(delivered.standardOutput.hasPrefix("Delivered 6 notices;"), "\(delivered.text)")
                let messages = try sink.readMessages()
                let toM0 = messages.filter { $0.to.contains("<m0@") }.map(\.subject)
                let toM1 = messages.filter { $0.to.contains("<m1@") }
                let named =
                    "lớp B-HN-10 – Bồi dưỡng kiến thức, kỹ năng cho đại biểu HĐND cấp tỉnh, cấp xã nhiệm kỳ 2026–2031"
                #expect(toM0.contains("Xác nhận ghi danh \(named)"), "\(toM0)")
                #expect(toM0.contains("Rút tên khỏi \(named)"), "\(toM0)")
                let waiting = try #require(toM1.first { $0.subject == "Danh sách chờ \(named)" })
                #expect(waiting.body.contains("được ghi vào danh sách chờ ở vị trí thứ 1."), "\(waiting.body)")
                #expect(waiting.body.contains("từ ngày 01/03/2027 đến ngày 31/03/2027 tại Hội trường Hà Nội"))
                let seated = try #require(toM1.first { $0.subject == "Đã có chỗ tại \(named)" })
                #expect(seated.body.contains("được chuyển từ danh sách chờ vào lớp"), "\(seated.body)")
            }
        }
    }

    @Test("a cancelled class tells each delegate once, with the reason, not once per session")
    func cancelledClass() async throws {
        try await NoticeWorld.with(count: 3) { world in
            try await world.setUp([
                ["enroll", "B-HN-09", "M0", "M1"],
                [
                    "sessions", "add", "--class", "B-HN-09", "--module", "B02", "--date", "2027-03-03", "--slot",
                    "morning", "--room", "P1",
                ],
                ["classes", "cancel", "B-HN-09", "--reason", "Trùng kỳ họp HĐND"],
            ])
            #expect(try await world.kinds() == ["session_reminder": 4, "enrolled": 2, "withdrawn": 2])
            try await SMTPSink.with { sink in
                _ = try await world.ttbd(["outbox", "deliver"], sink: sink)
                let cancelled = try sink.readMessages().filter { $0.subject.hasPrefix("Hủy lớp B-HN-09") }
                #expect(cancelled.count == 2)
                #expect(cancelled.allSatisfy { $0.body.contains("đã bị hủy (lý do: Trùng kỳ họp HĐND)") })
            }
        }
    }

    @Test("a certificate issued is told with its number")
    func certificate() async throws {
        try await NoticeWorld.with(count: 1) { world in
            try await world.setUp([["enroll", "B-HN-09", "M0"]])
            try await world.database.run { pool in
                _ = try await pool.client.query(
                    """
                    INSERT INTO certificates (number, class_id, delegate_id)
                    SELECT 'GCN-2027-000001', c.id, d.id FROM classes c, delegates d
                    WHERE c.code = 'B-HN-09' AND d.code = 'M0'
                    """, logger: TestCluster.logger)
            }
            try await SMTPSink.with { sink in
                _ = try await world.ttbd(["outbox", "deliver"], sink: sink)
                let message = try #require(
                    try sink.readMessages().first { $0.subject.hasPrefix("Cấp giấy chứng nhận") })
                #expect(message.body.contains("được cấp giấy chứng nhận số GCN-2027-000001."), "\(message.body)")
            }
        }
    }
}
