/// buổi: the half of a day a session takes, as staff name it.
public enum HalfDay: String, Hashable, Sendable, Codable, CaseIterable {
    case morning
    case afternoon

    /// sáng, chiều.
    public var vietnamese: String { wording.text(in: .vietnamese) }

    /// The half-day in a sentence, worded in the reader's language: morning or sáng.
    public var wording: Message {
        switch self {
        case .morning: "morning"
        case .afternoon: "afternoon"
        }
    }
}
