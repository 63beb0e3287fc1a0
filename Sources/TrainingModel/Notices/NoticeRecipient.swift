/// How a delegate asked to be told: by e-mail, through the center's webhook (its SMS gateway or Zalo account),
/// or not at all (`ttbd delegates notify`).
public enum NoticePreference: String, Sendable, Codable, CaseIterable {
    case email, webhook, none
}

/// The delegate a notice is for, with what the channels need to reach them.
public struct NoticeRecipient: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var email: String?
    public var phone: String?
    /// Nil: by e-mail when they have an address, otherwise by the webhook.
    public var preference: NoticePreference?

    public init(
        code: String, name: String, email: String? = nil, phone: String? = nil, preference: NoticePreference? = nil
    ) {
        self.code = code
        self.name = name
        self.email = email
        self.phone = phone
        self.preference = preference
    }
}
