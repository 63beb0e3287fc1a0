import Foundation

extension JSONDecoder {
    /// Reads an outbox payload as PostgreSQL writes it: instants as ISO 8601 with an offset, with or without a
    /// fraction of a second (`jsonb` keeps what `timestamptz` had).
    static var outboxPayload: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            let whole = ISO8601DateFormatter()
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            guard let date = whole.date(from: text) ?? fractional.date(from: text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ISO 8601 instant"))
            }
            return date
        }
        return decoder
    }
}
