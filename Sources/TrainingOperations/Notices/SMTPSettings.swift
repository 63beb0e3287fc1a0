import Foundation
public import PostgresInfrastructure
import TrainingModel

/// Where and how e-mail goes out, from `TTBD_SMTP_URL`: `smtp://[user[:password]@]host[:port]` sends with
/// STARTTLS (required; `?starttls=off` for a server on the same machine), `smtps://` over TLS from the start
/// (port 465); user and password turn SMTP AUTH on. `TTBD_SMTP_FROM` is the sender's address.
public struct SMTPSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String?
    public var password: String?
    public enum Security: String, Sendable { case startTLS, tls, none }
    public var security: Security
    public var from: String

    public init(url text: String, from: String) throws(StoreError) {
        guard let url = URLComponents(string: text), let scheme = url.scheme, ["smtp", "smtps"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            throw StoreError(
                .invalidConfiguration,
                "TTBD_SMTP_URL '\(text)' is not an SMTP address; expected smtp://[user[:password]@]host[:port] "
                    + "or smtps://…, e.g. smtp://ttbd:secret@mail.example.vn:587")
        }
        let startTLS = url.queryItems?.first { $0.name == "starttls" }?.value ?? "on"
        guard ["on", "off"].contains(startTLS) else {
            throw StoreError(.invalidConfiguration, "TTBD_SMTP_URL: starttls is on or off, not '\(startTLS)'")
        }
        guard from.contains("@") else {
            throw StoreError(
                .invalidConfiguration, "TTBD_SMTP_FROM '\(from)' is not an e-mail address, e.g. daotao@example.vn")
        }
        self.host = host
        self.port = url.port ?? (scheme == "smtps" ? 465 : 587)
        self.user = url.user?.removingPercentEncoding
        self.password = url.password?.removingPercentEncoding
        self.security = scheme == "smtps" ? .tls : startTLS == "on" ? .startTLS : .none
        self.from = from
    }

    /// The settings of `environment`, nil when it names no server.
    public static func from(environment: [String: String]) throws(StoreError) -> SMTPSettings? {
        guard let url = environment["TTBD_SMTP_URL"], !url.isEmpty else { return nil }
        return try SMTPSettings(url: url, from: environment["TTBD_SMTP_FROM"] ?? "")
    }
}
