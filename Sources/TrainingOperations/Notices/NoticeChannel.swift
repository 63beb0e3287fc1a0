public import Foundation
public import TrainingModel

/// A way to hand a notice to a delegate: e-mail over SMTP, or the center's webhook.
public protocol NoticeChannel: Sendable {
    /// Tries once to send `notice`, which says `text`, and says what came of it; it never throws, since every
    /// failure is an outcome the outbox records.
    func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome
}
