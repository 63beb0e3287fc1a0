public import Foundation
public import TrainingModel

/// The channels this process delivers through, and which of them each delegate is reached by: the one they
/// asked for (`ttbd delegates notify`), else e-mail when they have an address and it is configured, else the
/// webhook.
public struct NoticeChannels: Sendable {
    public var email: (any NoticeChannel)?
    public var webhook: (any NoticeChannel)?
    /// Who signs the notices.
    public var center: String
    /// The service's address as delegates reach it (`TTBD_PUBLIC_URL`), which survey notices link to.
    public var publicURL: String?

    public init(
        email: (any NoticeChannel)? = nil, webhook: (any NoticeChannel)? = nil, center: String = MailSender.centerName,
        publicURL: String? = nil
    ) {
        self.email = email
        self.webhook = webhook
        self.center = center
        self.publicURL = publicURL
    }

    public var isEmpty: Bool { email == nil && webhook == nil }

    /// Sends `notice` through the delegate's channel, or says why it cannot go.
    public func send(_ notice: PendingNotice, at now: Date) async -> DeliveryOutcome {
        let recipient = notice.recipient
        let channel: any NoticeChannel
        switch route(recipient) {
        case .success(let found): channel = found
        case .failure(let outcome): return outcome.outcome
        }
        return await channel.send(notice, saying: notice.text(center: center, publicURL: publicURL), at: now)
    }

    /// Why a notice cannot go, as the outbox records it.
    struct NoRoute: Error {
        var outcome: DeliveryOutcome
    }

    private func route(_ recipient: NoticeRecipient) -> Result<any NoticeChannel, NoRoute> {
        let who = "delegate \(recipient.code)"
        let noEmail = NoRoute(outcome: .retryLater("e-mail is not configured here (TTBD_SMTP_URL)"))
        let noWebhook = NoRoute(outcome: .retryLater("the webhook is not configured here (TTBD_WEBHOOK_URL)"))
        switch recipient.preference {
        case .none?:
            return .failure(NoRoute(outcome: .unwanted("\(who) asked for no notices")))
        case .email?:
            guard recipient.email != nil else {
                return .failure(NoRoute(outcome: .undeliverable("\(who) asked for e-mail but has no address")))
            }
            return email.map { .success($0) } ?? .failure(noEmail)
        case .webhook?:
            return webhook.map { .success($0) } ?? .failure(noWebhook)
        case nil:
            if recipient.email != nil, let email { return .success(email) }
            if recipient.phone != nil, let webhook { return .success(webhook) }
            if recipient.email == nil && recipient.phone == nil {
                return .failure(NoRoute(outcome: .undeliverable("\(who) has no e-mail address or phone number")))
            }
            return .failure(recipient.email != nil ? noEmail : noWebhook)
        }
    }
}
