import Foundation
public import PostgresInfrastructure
import TrainingModel

extension NoticeChannels {
    /// The channels `environment` configures: e-mail from `TTBD_SMTP_URL`/`TTBD_SMTP_FROM` (through msmtp), the
    /// webhook from `TTBD_WEBHOOK_URL`/`TTBD_WEBHOOK_SECRET`, each limited to `TTBD_SMTP_RATE`/`TTBD_WEBHOOK_RATE`
    /// notices a second when set, links to `TTBD_PUBLIC_URL`. Empty when neither is configured.
    public static func from(environment: [String: String]) throws(StoreError) -> NoticeChannels {
        var channels = NoticeChannels(publicURL: try publicURL(in: environment))
        if let smtp = try SMTPSettings.from(environment: environment) {
            let email = try MsmtpChannel(
                settings: smtp, sender: MailSender(address: smtp.from), environment: environment)
            channels.email = try limited(email, by: "TTBD_SMTP_RATE", in: environment)
        }
        if let webhook = try WebhookSettings.from(environment: environment) {
            channels.webhook = try limited(WebhookChannel(settings: webhook), by: "TTBD_WEBHOOK_RATE", in: environment)
        }
        return channels
    }

    /// `TTBD_PUBLIC_URL`, nil when unset, refused when it is not an http or https address.
    private static func publicURL(in environment: [String: String]) throws(StoreError) -> String? {
        guard let text = environment["TTBD_PUBLIC_URL"], !text.isEmpty else { return nil }
        guard PublicAddress.isServiceAddress(text) else {
            throw StoreError(
                .invalidConfiguration,
                "TTBD_PUBLIC_URL '\(text)' is not the service's address; expected http:// or https:// and a host, "
                    + "e.g. https://ttbd.example.vn")
        }
        return text
    }

    private static func limited(_ channel: any NoticeChannel, by variable: String, in environment: [String: String])
        throws(StoreError) -> any NoticeChannel
    {
        guard
            let rate = try positiveNumber(
                variable, in: environment, meaning: "notices per second, a positive number such as 5 or 0.5")
        else { return channel }
        return RateLimitedChannel(channel, perSecond: rate)
    }
}
