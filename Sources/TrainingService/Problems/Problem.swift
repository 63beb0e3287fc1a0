import Foundation
public import HTTPTypes
public import Hummingbird

/// An error response in the `application/problem+json` format of RFC 9457, whose `detail` tells a person what
/// to do about it.
public struct Problem: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let title: String
    public let detail: String
    /// Extra headers: `WWW-Authenticate` on 401, `Retry-After` on 429 and 503.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ detail: String, title: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.headers = headers
    }

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
