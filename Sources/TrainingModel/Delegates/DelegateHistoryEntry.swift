public import Foundation

/// One thing that happened to a delegate, for `delegates history`: a change to their record, an enrollment's
/// status, an attendance mark, a certificate issued or revoked, a rule set aside for them.
public struct DelegateHistoryEntry: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case record
        case enrollment
        case attendance
        case certificate
        case waiver
    }

    public var at: Date
    public var kind: Kind
    /// The class it happened in, when it belongs to one.
    public var classCode: String?
    /// What happened: `phone: 0911000001 → 0987654321`, `waitlisted`, `B01 2026-05-04 07:30: present`.
    public var detail: String
    /// Who did it, where the database knows.
    public var actor: String?

    /// What happened in the reader's language; `detail` is its English, which JSON carries.
    public var wording: Message

    public init(at: Date, kind: Kind, classCode: String?, wording: Message, actor: String?) {
        self.at = at
        self.kind = kind
        self.classCode = classCode
        self.detail = wording.description
        self.wording = wording
        self.actor = actor
    }

    enum CodingKeys: String, CodingKey {
        case at, kind, classCode, detail, actor
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        at = try container.decode(Date.self, forKey: .at)
        kind = try container.decode(Kind.self, forKey: .kind)
        classCode = try container.decodeIfPresent(String.self, forKey: .classCode)
        detail = try container.decode(String.self, forKey: .detail)
        wording = Message(verbatim: detail)
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
    }
}
