public import Foundation

/// A candidate (người ứng cử) as stored, for `candidates list` and `show`: the person, the body they stand
/// for, and the delegate record they were linked to once elected.
public struct CandidateRecord: Sendable, Equatable, Encodable {
    /// The person; `standing` is `.candidate` and `body` the body they stand for.
    public var record: DelegateRecord
    /// The delegate record their training moved to, once elected and linked.
    public var linkedDelegate: LinkedDelegate?

    public struct LinkedDelegate: Sendable, Equatable, Encodable {
        public var code: String
        public var fullName: String
        public var linkedAt: Date

        public init(code: String, fullName: String, linkedAt: Date) {
            self.code = code
            self.fullName = fullName
            self.linkedAt = linkedAt
        }
    }

    public init(record: DelegateRecord, linkedDelegate: LinkedDelegate? = nil) {
        self.record = record
        self.linkedDelegate = linkedDelegate
    }

    private enum CodingKeys: String, CodingKey {
        case linkedDelegate
    }

    /// The person's fields, `bodyName` and `linkedDelegate` (or `null`) as one JSON object.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(linkedDelegate, forKey: .linkedDelegate)
    }
}
