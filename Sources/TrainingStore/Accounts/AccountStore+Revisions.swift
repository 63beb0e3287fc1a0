public import Foundation
import PostgresInfrastructure
import PostgresNIO

/// How far what a delegate sees has changed: their own revision, the shared one (migration 0025), and the
/// latest instant either moved.
public struct DelegateRevision: Sendable, Equatable {
    public var own: Int
    public var shared: Int
    public var changedAt: Date
}

extension AccountStore {
    /// The revision of what the delegate with `id` sees, from one indexed row and the one shared row; a delegate
    /// nothing has changed for yet is at revision 0.
    public func revision(ofDelegateID id: Int) async throws -> DelegateRevision {
        let row = try await client.query(
            """
            SELECT coalesce(d.revision, 0), g.revision, greatest(d.changed_at, g.changed_at)
            FROM shared_revision g LEFT JOIN delegate_revisions d ON d.delegate_id = \(id)
            """, logger: logger
        ).collect().first
        guard let (own, shared, changedAt) = try row?.decode((Int, Int, Date).self) else {
            throw StoreError(.notMigrated, "the database has no shared revision; run `ttbd db migrate`")
        }
        return DelegateRevision(own: own, shared: shared, changedAt: changedAt)
    }
}
