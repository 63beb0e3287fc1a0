import Foundation

/// A notice of the outbox as staff list it: where it stands and why.
public struct OutboxRecord: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable {
        case pending, delivered, failed, dropped
    }

    public var id: Int
    public var kind: String
    public var delegateCode: String
    public var state: State
    public var attempts: Int
    public var createdAt: Date
    /// When it was delivered, failed or dropped; for a pending notice, its next try.
    public var at: Date
    public var lastError: String?

    public init(
        id: Int, kind: String, delegateCode: String, state: State, attempts: Int, createdAt: Date, at: Date,
        lastError: String?
    ) {
        self.id = id
        self.kind = kind
        self.delegateCode = delegateCode
        self.state = state
        self.attempts = attempts
        self.createdAt = createdAt
        self.at = at
        self.lastError = lastError
    }
}
