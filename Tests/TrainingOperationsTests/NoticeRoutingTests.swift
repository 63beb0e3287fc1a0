import Foundation
import Testing
import TrainingModel
import TrainingOperations

/// Which channel a delegate is reached by, and how fast a limited channel sends, without a database or server:
/// the channels here only record what they were given.
@Suite("Choosing a notice's channel")
struct NoticeRoutingTests {
    /// A channel that keeps the codes of the delegates it was asked to reach, and when.
    final class Recorder: NoticeChannel, @unchecked Sendable {
        let lock = NSLock()
        var sent: [(code: String, at: ContinuousClock.Instant)] = []

        func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome {
            lock.withLock { sent.append((notice.recipient.code, ContinuousClock.now)) }
            return .delivered
        }

        var codes: [String] { lock.withLock { sent.map(\.code) } }
    }

    static func notice(_ recipient: NoticeRecipient) -> PendingNotice {
        PendingNotice(
            id: 1, kind: .enrolled, attempts: 0, recipient: recipient,
            about: .place(
                ClassNews(
                    classCode: "B-HN-09", curriculumTitle: "Bồi dưỡng kỹ năng",
                    startsOn: CalendarDate(year: 2027, month: 3, day: 1)!,
                    endsOn: CalendarDate(year: 2027, month: 3, day: 31)!)))
    }

    @Test("the delegate's choice first; by default e-mail when they have an address, otherwise the webhook")
    func routes() async {
        let email = Recorder()
        let webhook = Recorder()
        let both = NoticeChannels(email: email, webhook: webhook)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let cases: [(NoticeRecipient, DeliveryOutcome)] = [
            (NoticeRecipient(code: "A", name: "A", email: "a@x.vn", phone: "0901"), .delivered),
            (NoticeRecipient(code: "B", name: "B", phone: "0902"), .delivered),
            (NoticeRecipient(code: "C", name: "C", email: "c@x.vn", preference: .webhook), .delivered),
            (
                NoticeRecipient(code: "D", name: "D", email: "d@x.vn", preference: NoticePreference.none),
                .unwanted("delegate D asked for no notices")
            ),
            (
                NoticeRecipient(code: "E", name: "E", preference: .email),
                .undeliverable("delegate E asked for e-mail but has no address")
            ),
            (NoticeRecipient(code: "F", name: "F"), .undeliverable("delegate F has no e-mail address or phone number")),
        ]
        for (recipient, outcome) in cases {
            #expect(await both.send(Self.notice(recipient), at: now) == outcome, "\(recipient.code)")
        }
        #expect(email.codes == ["A"])
        #expect(webhook.codes == ["B", "C"])

        let mailOnly = NoticeChannels(email: email)
        let phoneOnly = NoticeRecipient(code: "G", name: "G", phone: "0903")
        #expect(
            await mailOnly.send(Self.notice(phoneOnly), at: now)
                == .retryLater("the webhook is not configured here (TTBD_WEBHOOK_URL)"),
            "kept for a process that has the webhook")
    }

    /// Slots are 50 ms apart, but a send that starts late (a busy machine) does not push the later slots back,
    /// so two sends may be closer than 50 ms while the n-th never starts before (n−1) × 50 ms.
    @Test("a channel limited to 20 a second starts the n-th of five notices no sooner than (n−1) × 50 ms, in order")
    func rateLimit() async {
        let recorder = Recorder()
        let limited = RateLimitedChannel(recorder, perSecond: 20)
        let text = NoticeText(subject: "", body: "")
        for code in ["1", "2", "3", "4", "5"] {
            _ = await limited.send(Self.notice(NoticeRecipient(code: code, name: code)), saying: text, at: Date())
        }
        let sent = recorder.lock.withLock { recorder.sent }
        #expect(sent.map(\.code) == ["1", "2", "3", "4", "5"])
        for (index, send) in sent.enumerated() {
            #expect(send.at - sent[0].at >= .milliseconds(49 * index), "notice \(send.code)")
        }
    }
}
