public import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension OutboxStore {
    /// The notices of the outbox, newest first: with `failed`, only those that failed, for staff to mend and
    /// retry.
    public func notices(failed: Bool = false, limit: Int = 1_000) async throws -> [OutboxRecord] {
        let rows = try await client.query(
            """
            SELECT o.id, o.kind, d.code,
                   CASE WHEN o.delivered_at IS NOT NULL THEN 'delivered' WHEN o.failed_at IS NOT NULL THEN 'failed'
                        WHEN o.dropped_at IS NOT NULL THEN 'dropped' ELSE 'pending' END,
                   o.attempts, o.created_at,
                   coalesce(o.delivered_at, o.failed_at, o.dropped_at, o.next_attempt_at), o.last_error
            FROM outbox o JOIN delegates d ON d.id = o.delegate_id
            WHERE NOT \(failed) OR o.failed_at IS NOT NULL
            ORDER BY o.id DESC
            LIMIT \(limit)
            """, logger: logger
        ).collect()
        return try rows.map { row in
            let (id, kind, code, state, attempts, createdAt, at, lastError) = try row.decode(
                (Int, String, String, String, Int, Date, Date, String?).self)
            return OutboxRecord(
                id: id, kind: kind, delegateCode: code, state: OutboxRecord.State(rawValue: state) ?? .pending,
                attempts: attempts, createdAt: createdAt, at: at, lastError: lastError)
        }
    }

    /// How many notices the outbox holds in each state (a state with none is left out), for `/metrics`: a
    /// pending count that only grows means no channel delivers.
    public func countsByState() async throws -> [OutboxRecord.State: Int] {
        let rows = try await client.query(
            """
            SELECT CASE WHEN delivered_at IS NOT NULL THEN 'delivered' WHEN failed_at IS NOT NULL THEN 'failed'
                        WHEN dropped_at IS NOT NULL THEN 'dropped' ELSE 'pending' END AS state, count(*)::int
            FROM outbox GROUP BY 1
            """, logger: logger
        ).collect()
        var counts: [OutboxRecord.State: Int] = [:]
        for row in rows {
            let (state, count) = try row.decode((String, Int).self)
            if let state = OutboxRecord.State(rawValue: state) { counts[state] = count }
        }
        return counts
    }

    /// Makes failed notices due again with a fresh count of tries: those of `ids`, or every failed one when
    /// `ids` is nil. Returns the ids it made due; an id that is not a failed notice is refused, and then none is.
    public func retry(ids: [Int]?, now: Date) async throws -> [Int] {
        let logger = self.logger
        return try await transaction { connection in
            let retried = try await connection.query(
                """
                UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = \(now)
                WHERE failed_at IS NOT NULL AND (\(ids == nil) OR id = ANY(\(ids ?? [])))
                RETURNING id
                """, logger: logger
            ).collect().map { try $0.decode(Int.self) }
            if let ids {
                let missing = Set(ids).subtracting(retried).sorted()
                guard missing.isEmpty else {
                    throw StoreError(
                        .notFound,
                        "no failed notice has the id \(missing.map(String.init).joined(separator: ", ")); "
                            + "`ttbd outbox list --failed` lists them")
                }
            }
            return retried.sorted()
        }
    }
}
