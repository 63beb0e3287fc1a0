public import Foundation
public import PostgresInfrastructure
import TrainingModel

/// Where the webhook notices go, from `TTBD_WEBHOOK_URL` (https, or http on the same machine) and the secret
/// their signature is made with, `TTBD_WEBHOOK_SECRET` (at least 32 characters, shared with the receiver).
public struct WebhookSettings: Sendable, Equatable {
    public var url: URL
    public var secret: String
    /// Seconds to wait for the receiver's answer; a receiver that hangs is tried again later.
    public var timeout: Double

    public init(url text: String, secret: String, timeout: Double = 10) throws(StoreError) {
        guard let url = URL(string: text), let scheme = url.scheme, let host = url.host, !host.isEmpty,
            scheme == "https" || (scheme == "http" && ["localhost", "127.0.0.1", "::1"].contains(host))
        else {
            throw StoreError(
                .invalidConfiguration,
                "TTBD_WEBHOOK_URL '\(text)' is not a webhook address; expected https://host/path "
                    + "(http only to localhost), e.g. https://sms.example.vn/ttbd")
        }
        guard secret.utf8.count >= 32 else {
            throw StoreError(
                .invalidConfiguration,
                "TTBD_WEBHOOK_SECRET signs the webhook's notices and must be at least 32 characters; "
                    + "e.g. `openssl rand -hex 32`")
        }
        self.url = url
        self.secret = secret
        self.timeout = timeout
    }

    /// The settings of `environment`, nil when it names no webhook; `TTBD_WEBHOOK_TIMEOUT` sets the seconds to
    /// wait for an answer (10 by default).
    public static func from(environment: [String: String]) throws(StoreError) -> WebhookSettings? {
        guard let url = environment["TTBD_WEBHOOK_URL"], !url.isEmpty else { return nil }
        let timeout =
            try positiveNumber(
                "TTBD_WEBHOOK_TIMEOUT", in: environment, meaning: "seconds, a positive number such as 10") ?? 10
        return try WebhookSettings(url: url, secret: environment["TTBD_WEBHOOK_SECRET"] ?? "", timeout: timeout)
    }
}
