public import TrainingModel

/// A way to hand a message to a delegate: e-mail over SMTP today.
public protocol NoticeChannel: Sendable {
    /// Tries once to send `message`, and says what came of it; it never throws, since every failure is an
    /// outcome the outbox records.
    func send(_ message: MailMessage) async -> DeliveryOutcome
}
