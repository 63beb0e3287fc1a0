import PostgresNIO

extension PostgresRow.Iterator {
    /// The next cell, decoded as its concrete type: the tuple form of `PostgresRow.decode` looks up generic
    /// metadata for every cell, which showed on the busiest requests.
    mutating func decodeNext<Value: PostgresDecodable>(_: Value.Type = Value.self) throws -> Value {
        guard let cell = next() else { throw PostgresDecodingError.Code.missingData }
        return try cell.decode(Value.self)
    }
}
