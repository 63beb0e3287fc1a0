import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// Notices go out through a real SMTP server (aiosmtpd): each once however many deliverers run, in Vietnamese
/// that arrives intact, retried while the server cannot take them, failed for good on a 5xx, and not at all
/// once they are too late.
@Suite("Delivering notices by e-mail", .serialized)
struct NoticeDeliveryTests {
    @Test("two deliverers at once send each of 1,000 notices exactly once; a delegate without e-mail fails")
    func exactlyOnce() async throws {
        try await NoticeWorld.with(count: 1_000) { world in
            try await SMTPSink.with { sink in
                async let first = world.ttbd(["outbox", "deliver", "--limit", "2000"], sink: sink)
                async let second = world.ttbd(["outbox", "deliver", "--limit", "2000"], sink: sink)
                let (one, two) = try await (first, second)
                #expect(one.status == 0, "\(one.text)")
                #expect(two.status == 0, "\(two.text)")
                let ids = try sink.messageIDs()
                #expect(ids.count == 1_000)
                #expect(Set(ids).count == 1_000, "a notice was received twice")
                #expect(try await world.states() == ["delivered": 1_000, "failed": 1])
                let failed = try await world.ttbd(["outbox", "list", "--failed", "--format", "csv"])
                #expect(failed.standardOutput.contains("M-NONE,failed,1,"), "\(failed.text)")
                #expect(failed.standardOutput.contains("has no e-mail address"), "\(failed.text)")
            }
        }
    }

    @Test("two ttbd serve processes deliver 1,000 notices as they fall due, each exactly once")
    func twoServices() async throws {
        try await NoticeWorld.with(count: 1_000) { world in
            try await SMTPSink.with { sink in
                try await MeService.with(database: world.database, environment: sink.environment) { _ in
                    try await MeService.with(database: world.database, environment: sink.environment) { _ in
                        try await world.waitUntilSettled()
                    }
                }
                #expect(try await world.states() == ["delivered": 1_000, "failed": 1])
                let ids = try sink.messageIDs()
                #expect(ids.count == 1_000 && Set(ids).count == 1_000, "\(ids.count) received")
            }
        }
    }

    @Test("the subject and body arrive in Vietnamese, as Python's email package reads them")
    func vietnamese() async throws {
        try await NoticeWorld.with(count: 1) { world in
            try await SMTPSink.with { sink in
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(delivered.standardOutput.hasPrefix("Delivered 1 notice;"), "\(delivered.text)")
                let message = try #require(try sink.readMessages().first)
                #expect(message.subject.hasPrefix("Nhắc lịch học: "), "\(message.subject)")
                #expect(message.subject.hasSuffix(" ngày 01/03/2027"), "\(message.subject)")
                #expect(message.to == "Nguyễn Thị Thu 0 <m0@dai-bieu.test>")
                #expect(message.body.contains("Kính gửi đại biểu Nguyễn Thị Thu 0,"), "\(message.body)")
                #expect(message.body.contains("Thời gian: 07:30–11:30 ngày 01/03/2027"), "\(message.body)")
                #expect(message.body.contains("Địa điểm: Phòng 1, Hội trường Hà Nội"), "\(message.body)")
            }
        }
    }

    @Test("moving or cancelling a session tells its seated delegates, in the change's own transaction")
    func sessionChanges() async throws {
        try await NoticeWorld.with(count: 3) { world in
            try await world.setUp([
                ["enroll", "B-HN-09", "M0", "M1"],
                [
                    "sessions", "add", "--class", "B-HN-09", "--module", "B02", "--date", "2027-03-03", "--slot",
                    "morning", "--room", "P1",
                ],
            ])
            let refused = try await world.ttbd(["sessions", "move", "1", "--date", "2027-03-03", "--slot", "morning"])
            #expect(refused.status == 65, "\(refused.text)")
            #expect(try await world.kinds() == ["session_reminder": 4, "enrolled": 2], "a refused move tells nobody")

            try await world.setUp([
                ["sessions", "move", "1", "--date", "2027-03-02", "--slot", "afternoon"],
                ["sessions", "cancel", "2", "--reason", "Giảng viên ốm"],
            ])
            #expect(
                try await world.kinds() == [
                    "session_reminder": 4, "enrolled": 2, "session_changed": 2, "session_cancelled": 2,
                ],
                "the two seated delegates, not M2 who is not enrolled")
            try await SMTPSink.with { sink in
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(
                    delivered.standardOutput
                        == "Delivered 6 notices; 0 put off to try again, 0 failed, 4 dropped unsent (out of date or unwanted).",
                    "the reminders of the moved session are dropped, its change notices sent: \(delivered.text)")
                let messages = try sink.readMessages().filter { $0.to.contains("<m0@") }
                let moved = try #require(messages.first { $0.subject.hasPrefix("Thay đổi lịch học: ") })
                #expect(moved.subject.hasSuffix(", nay vào ngày 02/03/2027"), "\(moved.subject)")
                #expect(moved.body.contains("(trước đây: 07:30–11:30 ngày 01/03/2027, Phòng 1)"), "\(moved.body)")
                #expect(moved.body.contains("Thời gian: 13:30–17:00 ngày 02/03/2027"), "\(moved.body)")
                let cancelled = try #require(messages.first { $0.subject.hasPrefix("Hủy buổi học: ") })
                #expect(cancelled.subject.hasSuffix(" ngày 03/03/2027"), "\(cancelled.subject)")
                #expect(cancelled.body.contains("đã bị hủy"), "\(cancelled.body)")
            }
        }
    }

    @Test("a 5xx answer fails a notice at once; retried, it goes out")
    func permanentFailure() async throws {
        try await NoticeWorld.with(count: 2) { world in
            try await SMTPSink.with { sink in
                try sink.refuse(with: "550 5.1.1 no such mailbox")
                let refused = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(refused.standardOutput.contains("3 failed"), "\(refused.text)")
                #expect(try await world.states() == ["failed": 3])
                let listed = try await world.ttbd(["outbox", "list", "--failed", "--format", "csv"])
                #expect(listed.standardOutput.contains("550 5.1.1 no such mailbox"), "\(listed.text)")

                try sink.accept()
                let again = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(
                    again.standardOutput.hasPrefix("Delivered 0 notices;"), "a failed notice is not retried by itself")
                let retried = try await world.ttbd(["outbox", "retry", "--all-failed"])
                #expect(retried.standardOutput == "3 notices are due again.", "\(retried.text)")
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(delivered.standardOutput.hasPrefix("Delivered 2 notices;"), "\(delivered.text)")
                #expect(try await world.states() == ["delivered": 2, "failed": 1])
                #expect(try await world.ttbd(["outbox", "retry", "99"]).status == 65)
            }
        }
    }

    @Test("a 4xx answer or no server puts a notice off; once the server is back, it goes out")
    func temporaryFailure() async throws {
        try await NoticeWorld.with(count: 2) { world in
            try await SMTPSink.with { sink in
                try sink.refuse(with: "451 4.3.0 try again later")
                let busy = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(busy.standardOutput.contains("2 put off"), "\(busy.text)")
                let nowhere = SMTPSink(folder: sink.folder, port: try MeService.freePort())
                try await world.makeDue()
                let down = try await world.ttbd(["outbox", "deliver"], sink: nowhere)
                #expect(down.standardOutput.contains("2 put off"), "\(down.text)")
                let listed = try await world.ttbd(["outbox", "list", "--format", "csv"])
                #expect(listed.standardOutput.contains("M0,pending,2,"), "\(listed.text)")
                #expect(listed.standardOutput.contains("Connection refused"), "\(listed.text)")
                let early = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(early.standardOutput.hasPrefix("Delivered 0 notices;"), "a put-off notice waits its turn")

                try sink.accept()
                try await world.makeDue()
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(delivered.standardOutput.hasPrefix("Delivered 2 notices;"), "\(delivered.text)")
                #expect(try sink.messageIDs().count == 2)
            }
        }
    }

    @Test("a reminder whose session has begun is dropped, not sent late")
    func tooLate() async throws {
        try await NoticeWorld.with(count: 1) { world in
            try await world.addReminders(startingAt: "2026-01-05T00:30:00Z", revision: 99)
            try await SMTPSink.with { sink in
                let delivered = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(
                    delivered.standardOutput
                        == "Delivered 1 notice; 0 put off to try again, 1 failed, 2 dropped unsent (out of date or unwanted).",
                    "\(delivered.text)")
                #expect(try sink.messageIDs().count == 1)
            }
        }
    }
}
