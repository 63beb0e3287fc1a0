import Crypto
public import Foundation
public import TrainingModel

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Notices as signed JSON posted to the center's webhook, which hands them to its SMS gateway or Zalo account
/// (docs/WEBHOOK.md has the body). The signature header is `sha256=` and the hex HMAC-SHA256, keyed with the
/// shared secret, of the timestamp header, a dot and the body: the receiver knows the notice came from ttbd and
/// can refuse an old one replayed.
public struct WebhookChannel: NoticeChannel {
    let settings: WebhookSettings
    let session: URLSession

    public init(settings: WebhookSettings) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.timeout
        self.session = URLSession(configuration: configuration)
    }

    public func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome {
        let body: Data
        do {
            body = try Self.body(of: notice, saying: text)
        } catch {
            return .undeliverable("the notice cannot be written as JSON: \(error)")
        }
        let timestamp = String(Int(now.timeIntervalSince1970))
        var request = URLRequest(url: settings.url)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(String(notice.id), forHTTPHeaderField: "X-TTBD-Notice-Id")
        request.setValue(timestamp, forHTTPHeaderField: "X-TTBD-Timestamp")
        request.setValue(
            "sha256=" + Self.signature(of: body, at: timestamp, secret: settings.secret),
            forHTTPHeaderField: "X-TTBD-Signature")
        do {
            let (answer, response) = try await session.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            return Self.outcome(status: status, said: String(decoding: answer.prefix(300), as: UTF8.self))
        } catch {
            return .retryLater("the webhook did not answer: \(error.localizedDescription)")
        }
    }

    /// 2xx delivered; 408, 429 and 5xx are worth another try; any other answer says the notice is refused.
    static func outcome(status: Int, said: String) -> DeliveryOutcome {
        let answer = "the webhook answered \(status)\(said.isEmpty ? "" : ": \(said)")"
        switch status {
        case 200..<300: return .delivered
        case 408, 429, 500...: return .retryLater(answer)
        default: return .undeliverable(answer)
        }
    }

    /// The hex HMAC-SHA256 of "timestamp.body" keyed with `secret`.
    public static func signature(of body: Data, at timestamp: String, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).".utf8) + body, using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// The JSON the webhook receives (docs/WEBHOOK.md).
    static func body(of notice: PendingNotice, saying text: NoticeText) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: WebhookBody.Data =
            switch notice.about {
            case .session(let session): .session(session)
            case .place(let place): .place(place)
            case .survey(let round): .survey(round)
            }
        return try encoder.encode(
            WebhookBody(
                id: notice.id, kind: notice.kind, delegate: notice.recipient, subject: text.subject, text: text.body,
                data: data))
    }
}

/// The webhook's JSON body.
struct WebhookBody: Encodable {
    enum Data: Encodable {
        case session(SessionReminder)
        case place(ClassNews)
        case survey(SurveyNews)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .session(let session): try session.encode(to: encoder)
            case .place(let place): try place.encode(to: encoder)
            case .survey(let round): try round.encode(to: encoder)
            }
        }
    }

    var id: Int
    var kind: NoticeKind
    var delegate: NoticeRecipient
    var subject: String
    var text: String
    var data: Data
}
