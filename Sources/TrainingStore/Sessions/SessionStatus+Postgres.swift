import NIOCore
import PostgresNIO
public import TrainingModel

/// A session's `status` column read straight into the model's enum; a word the enum does not know is a
/// database ttbd's own checks should not allow.
extension SessionStatus: PostgresDecodable {
    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        let word = try String(from: &buffer, type: type, format: format, context: context)
        guard let status = SessionStatus(rawValue: word) else { throw PostgresDecodingError.Code.failure }
        self = status
    }
}
