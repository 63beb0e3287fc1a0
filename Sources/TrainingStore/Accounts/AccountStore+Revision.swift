public import Foundation
import PostgresInfrastructure
import PostgresNIO

extension AccountStore {
    /// The revision of what the delegate with `id` sees, from one indexed row and the one shared row. The service
    /// reads it with the token (``presented(_:purpose:now:)``); a read replica answering for a delegate reads it
    /// again there, so the `ETag` is of what that replica holds, not of the primary's newer rows.
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
