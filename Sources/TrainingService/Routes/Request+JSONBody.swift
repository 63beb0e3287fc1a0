import Foundation
import Hummingbird
import TrainingModel

extension Request {
    /// The body read as `type` from JSON, or 400 saying which field is wrong in the words of the API (a path like
    /// `marks[0].status`), never in Swift's (`Dictionary<String, Any>`), and 413 when it is too large.
    func json<Value: Decodable>(as type: Value.Type, context: ServiceContext) async throws -> Value {
        do {
            return try await context.requestDecoder.decode(type, from: self, context: context)
        } catch let error as DecodingError {
            throw Problem(.badRequest, Self.explanation(of: error))
        }
    }

    static func explanation(of error: DecodingError) -> Message {
        let shape: Message = "/openapi.json shows the body this route takes."
        switch error {
        case .keyNotFound(let key, let context):
            return "The body lacks `\(path(context.codingPath + [key]))`; \(shape)"
        case .valueNotFound(_, let context):
            return "`\(path(context.codingPath))` is null or missing; \(shape)"
        case .typeMismatch(_, let context):
            return "`\(path(context.codingPath))` has the wrong kind of value; \(shape)"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "The body is not JSON; \(shape)"
        case .dataCorrupted(let context):
            return "`\(path(context.codingPath))` has a value this route cannot read; \(shape)"
        @unknown default:
            return "The body is not what this route takes; \(shape)"
        }
    }

    /// `marks[0].status`.
    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }
}
