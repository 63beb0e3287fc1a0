import Foundation
import Hummingbird

/// A value sent as `application/json` with the service's encoder (sorted keys, ISO 8601 instants), so every
/// route writes the same JSON as `--format json` on the command line.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    let value: Value
    var status: HTTPResponse.Status

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response() throws -> Response {
        let data = try JSONEncoder.sorted.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try response()
    }
}
