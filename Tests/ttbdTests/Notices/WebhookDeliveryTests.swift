import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// Notices go to the center's webhook as signed JSON for the delegates who are reached that way, and the
/// receiver (`webhook-sink.py`) checks the signature as an SMS gateway would; a delegate can ask for none.
@Suite("Delivering notices through the webhook", .serialized)
struct WebhookDeliveryTests {
    @Test("each delegate is reached the way they chose: the webhook, signed, or not at all")
    func preferences() async throws {
        try await NoticeWorld.with(count: 2) { world in
            let usage = try await world.ttbd(["delegates", "notify", "M0", "--by", "sms"])
            #expect(usage.status == 64, "\(usage.text)")
            let noAddress = try await world.ttbd(["delegates", "notify", "M-NONE", "--by", "email"])
            #expect(noAddress.status == 65, "\(noAddress.text)")
            #expect(noAddress.standardError.contains("has no e-mail address"), "\(noAddress.text)")
            try await world.setUp([
                ["delegates", "notify", "M-NONE", "--by", "webhook"],
                ["delegates", "notify", "M1", "--by", "none"],
            ])
            let history = try await world.ttbd(["delegates", "history", "M1"])
            #expect(history.standardOutput.contains("notify_by: — → none"), "\(history.text)")

            try await SMTPSink.with { mail in
                try await WebhookSink.with { webhook in
                    let delivered = try await world.ttbd(
                        ["outbox", "deliver"], sink: mail, environment: webhook.environment())
                    #expect(
                        delivered.standardOutput
                            == "Delivered 2 notices; 0 put off to try again, 0 failed, 1 dropped unsent (out of date or unwanted).",
                        "\(delivered.text)")
                    #expect(try mail.readMessages().map(\.to) == ["Nguyễn Thị Thu 0 <m0@dai-bieu.test>"])
                    let notices = try webhook.notices()
                    try #require(notices.count == 1)
                    let notice = notices[0]
                    #expect(notice["kind"] as? String == "session_reminder")
                    #expect((notice["delegate"] as? [String: Any])?["code"] as? String == "M-NONE")
                    #expect((notice["subject"] as? String)?.hasPrefix("Nhắc lịch học: ") == true)
                    #expect((notice["text"] as? String)?.hasPrefix("Kính gửi đại biểu Lê Văn Không,") == true)
                    #expect((notice["data"] as? [String: Any])?["classCode"] as? String == "B-HN-09")
                    let listed = try await world.ttbd(["outbox", "list", "--format", "csv"])
                    #expect(listed.standardOutput.contains("M1 asked for no notices"), "\(listed.text)")
                }
            }
        }
    }

    @Test("a wrong signature is refused for good; 500 and a hang are tried again, and then it goes out")
    func failures() async throws {
        try await NoticeWorld.with(count: 0) { world in
            try await world.setUp([["delegates", "notify", "M-NONE", "--by", "webhook"]])
            try await WebhookSink.with { webhook in
                let forged = webhook.environment(secret: String(repeating: "x", count: 40))
                let refused = try await world.ttbd(["outbox", "deliver"], environment: forged)
                #expect(refused.standardOutput.contains("1 failed"), "\(refused.text)")
                let listed = try await world.ttbd(["outbox", "list", "--failed", "--format", "csv"])
                #expect(listed.standardOutput.contains("the webhook answered 401: bad signature"), "\(listed.text)")
                try await world.setUp([["outbox", "retry", "--all-failed"]])

                try webhook.answer("500")
                let broken = try await world.ttbd(["outbox", "deliver"], environment: webhook.environment())
                #expect(broken.standardOutput.contains("1 put off"), "\(broken.text)")
                try webhook.answer("hang")
                try await world.makeDue()
                let hung = try await world.ttbd(
                    ["outbox", "deliver"],
                    environment: webhook.environment().merging(["TTBD_WEBHOOK_TIMEOUT": "1"]) { $1 })
                #expect(hung.standardOutput.contains("1 put off"), "\(hung.text)")
                let pending = try await world.ttbd(["outbox", "list", "--format", "csv"])
                #expect(pending.standardOutput.contains("the webhook did not answer"), "\(pending.text)")

                try webhook.accept()
                try await world.makeDue()
                let delivered = try await world.ttbd(["outbox", "deliver"], environment: webhook.environment())
                #expect(delivered.standardOutput.hasPrefix("Delivered 1 notice;"), "\(delivered.text)")
                #expect(try webhook.notices().count == 1)
            }
        }
    }

    @Test("a webhook that is not https, or a short secret, is refused before anything is sent")
    func configuration() async throws {
        try await NoticeWorld.with(count: 0) { world in
            let plain = try await world.ttbd(
                ["outbox", "deliver"],
                environment: [
                    "TTBD_WEBHOOK_URL": "http://sms.example.vn/ttbd", "TTBD_WEBHOOK_SECRET": WebhookSink.secret,
                ])
            #expect(plain.status == 64, "\(plain.text)")
            #expect(plain.standardError.contains("https"), "\(plain.text)")
            let short = try await world.ttbd(
                ["outbox", "deliver"],
                environment: ["TTBD_WEBHOOK_URL": "https://sms.example.vn/ttbd", "TTBD_WEBHOOK_SECRET": "short"])
            #expect(short.status == 64, "\(short.text)")
            #expect(try await world.states() == ["pending": 1])
        }
    }
}
