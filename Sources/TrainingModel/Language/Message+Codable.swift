/// A message kept to be worded later, in whichever language its reader reads: a job's answer stored in a row is
/// read back by a page in Vietnamese or an API client in English, so it keeps the pattern and the values, not a text.
extension Message: Codable {
    private enum CodingKeys: String, CodingKey {
        case pattern, values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            pattern: try container.decode(String.self, forKey: .pattern),
            values: try container.decode([Value].self, forKey: .values))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pattern, forKey: .pattern)
        try container.encode(values, forKey: .values)
    }
}

extension Message.Value: Codable {
    /// One key, the kind of value: `{"number": 3}`, `{"day": "2026-06-01"}`, `{"text": …}`, `{"message": …}`.
    private enum CodingKeys: String, CodingKey {
        case text, message, number, day
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(Int.self, forKey: .number) {
            self = .number(number)
        } else if let day = try container.decodeIfPresent(String.self, forKey: .day) {
            self = .day(day)
        } else if let message = try container.decodeIfPresent(Message.self, forKey: .message) {
            self = .message(message)
        } else {
            self = .text(try container.decode(String.self, forKey: .text))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .message(let message): try container.encode(message, forKey: .message)
        case .number(let number): try container.encode(number, forKey: .number)
        case .day(let day): try container.encode(day, forKey: .day)
        }
    }
}
