public import Foundation

/// One row of the audit trail (nhật ký thay đổi): who changed which row of which table, when, and how.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// One field a change touched.
    public struct Change: Hashable, Sendable, Codable {
        public var field: String
        /// `nil` for a row that was inserted.
        public var before: JSONValue?
        /// `nil` for a row that was deleted.
        public var after: JSONValue?

        public init(field: String, before: JSONValue?, after: JSONValue?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    public var id: Int
    public var at: Date
    /// The OS user of a command, `account:<username>` for the service, or the database role for changes
    /// made outside ttbd.
    public var actor: String
    /// The table, e.g. `enrollments`.
    public var entity: String
    /// `insert`, `update` or `delete`.
    public var action: String
    /// The row's id, or its key columns joined with `/` (`session/delegate` for attendance).
    public var row: String
    /// The row in words, as people know it: `T001 Nguyễn Thị Hoa`, `T001 Nguyễn Thị Hoa @ B-HN-01`.
    public var subject: String
    public var before: JSONValue?
    public var after: JSONValue?
    /// For an update, only the fields whose value differs; for an insert or a delete, every field that
    /// is not null. References read as codes and names (`delegate_id: T001 Nguyễn Thị Hoa`), not ids.
    public var changes: [Change]

    /// - Parameters:
    ///   - readableBefore: `before` with its references replaced by codes and names (the same when `nil`).
    ///   - readableAfter: `after` likewise.
    public init(
        id: Int, at: Date, actor: String, entity: String, action: String, row: String, subject: String? = nil,
        before: JSONValue?, after: JSONValue?, readableBefore: JSONValue? = nil, readableAfter: JSONValue? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.entity = entity
        self.action = action
        self.row = row
        self.subject = subject ?? row
        self.before = before
        self.after = after
        changes = Self.changes(before: readableBefore ?? before, after: readableAfter ?? after)
    }

    /// The fields that differ between two versions of a row, sorted by name.
    static func changes(before: JSONValue?, after: JSONValue?) -> [Change] {
        let old = before?.fields ?? [:]
        let new = after?.fields ?? [:]
        return Set(old.keys).union(new.keys).sorted().compactMap { field in
            let was = old[field]
            let now = new[field]
            guard was != now, was ?? .null != .null || now ?? .null != .null else { return nil }
            return Change(
                field: field, before: before == nil ? nil : was ?? .null, after: after == nil ? nil : now ?? .null)
        }
    }
}

extension JSONValue {
    fileprivate var fields: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }
}

extension AuditEntry.Change {
    /// `field: before → after` for an update, `field: value` for a row inserted or deleted.
    public var summary: String {
        switch (before, after) {
        case (let before?, let after?): "\(field): \(before.text) → \(after.text)"
        case (let value?, nil), (nil, let value?): "\(field): \(value.text)"
        case (nil, nil): field
        }
    }
}
