public import Foundation
public import TrainingModel

/// Which rows of the audit trail `audit list` shows. Every field left `nil` matches every row.
public struct AuditFilter: Sendable {
    public var entity: AuditEntity?
    /// Only changes at or after this instant.
    public var since: Date?
    public var actor: String?
    /// The changed row's key, as the trail writes it (`42`, or `7/42` for attendance).
    public var row: String?
    public var limit: Int?

    public init(
        entity: AuditEntity? = nil, since: Date? = nil, actor: String? = nil, row: String? = nil, limit: Int? = nil
    ) {
        self.entity = entity
        self.since = since
        self.actor = actor
        self.row = row
        self.limit = limit
    }
}
