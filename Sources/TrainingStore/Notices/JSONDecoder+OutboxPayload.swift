import Foundation

extension JSONDecoder {
    /// Reads an outbox payload as PostgreSQL writes it: instants as ISO 8601 with an offset, with or without a
    /// fraction of a second (`jsonb` keeps what `timestamptz` had).
    static var outboxPayload: JSONDecoder {
        let decoder = JSONDecoder()
        let whole = Date.ISO8601FormatStyle()
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = (try? whole.parse(text)) ?? (try? fractional.parse(text)) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ISO 8601 instant"))
            }
            return date
        }
        return decoder
    }
}
