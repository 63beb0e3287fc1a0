import Foundation
public import HTTPTypes
public import Hummingbird
public import TrainingModel

/// An error response in the `application/problem+json` format of RFC 9457, whose `detail` tells a person what
/// to do about it.
public struct Problem: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let title: String
    /// What to do about it, worded in ``language`` by ``detail``.
    public let wording: Message
    /// The language of ``detail``: English until the problem meets its reader (``init(_:language:)``, which the
    /// request log's middleware calls with the client's `Accept-Language`).
    public var language: Language = .english
    /// Extra headers: `WWW-Authenticate` on 401, `Retry-After` on 429 and 503.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ detail: Message, title: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.wording = detail
        self.headers = headers
    }

    /// A problem whose words are Vietnamese only: the console's own, which no API client reads.
    init(_ status: HTTPResponse.Status, vietnamese detail: String, headers: HTTPFields = [:]) {
        self.init(status, Message(verbatim: detail), headers: headers)
    }

    /// The sentence for the client, in ``language``.
    public var detail: String { wording.text(in: language) }

    /// The `type` URI: one per status, relative to the service.
    public var type: String { "/problems/\(status.code)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try JSONEncoder.sorted.encode(Body(type: type, title: title, status: status.code, detail: detail))
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    private struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
    }
}

extension JSONEncoder {
    /// The service's encoder: stable key order, ISO 8601 dates.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
