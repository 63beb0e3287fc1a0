public import Foundation
public import TrainingModel

/// A channel that sends at most `perSecond` notices a second from this process (TTBD_SMTP_RATE,
/// TTBD_WEBHOOK_RATE), so a burst (a class cancelled, a cohort enrolled) does not trip the mail server's or the
/// SMS gateway's own limits; the notices wait their turn in order.
public struct RateLimitedChannel: NoticeChannel {
    let channel: any NoticeChannel
    let slots: Slots

    public init(_ channel: any NoticeChannel, perSecond: Double) {
        self.channel = channel
        self.slots = Slots(interval: .seconds(1 / perSecond))
    }

    public func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome {
        await slots.wait()
        return await channel.send(notice, saying: text, at: now)
    }

    /// The next instant a send may start.
    actor Slots {
        let interval: Duration
        var next = ContinuousClock.now

        init(interval: Duration) {
            self.interval = interval
        }

        func wait() async {
            let now = ContinuousClock.now
            let start = max(next, now)
            next = start + interval
            if start > now { try? await Task.sleep(until: start, clock: .continuous) }
        }
    }
}
