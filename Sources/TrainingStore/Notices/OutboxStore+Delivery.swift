public import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

/// How one delivery ended for a notice.
public enum NoticeEnd: Sendable, Equatable {
    case delivered
    /// Tried and put off until `until`, with why.
    case postponed(until: Date, because: String)
    case failed(because: String)
    /// Too late to be of use.
    case dropped(because: String)
}

extension OutboxStore {
    /// Takes the next due notice that no other worker holds, calls `send` with it while holding its row, and
    /// records how it ended, in one transaction; nil when no notice is due.
    ///
    /// The row lock (`FOR UPDATE SKIP LOCKED`) makes each notice one worker's, so any number of workers send
    /// it once. A worker that dies after sending but before its commit leaves the notice due, and it is sent
    /// again with the same Message-ID, which is what a receiver can tell duplicates by. A notice whose session
    /// has begun, or has changed since the notice was written, is dropped unsent; one for a delegate without an
    /// e-mail address fails at once.
    public func deliverNext(
        now: Date, policy: RetryPolicy, unit: @Sendable () -> Double,
        send: (PendingNotice) async -> DeliveryOutcome
    ) async throws -> (notice: PendingNotice, end: NoticeEnd)? {
        let logger = self.logger
        return try await transaction { connection in
            guard let notice = try await Self.nextDue(now: now, on: connection, logger: logger) else { return nil }
            let end: NoticeEnd
            if notice.reminder.startsAt <= now {
                end = .dropped(because: "the session began before the notice could be sent")
            } else if notice.isSuperseded {
                end = .dropped(
                    because: "the session changed after this notice was written; the change's notice tells it")
            } else if notice.email == nil {
                end = .failed(because: "delegate \(notice.delegateCode) has no e-mail address")
            } else {
                switch await send(notice) {
                case .delivered:
                    end = .delivered
                case .undeliverable(let reason):
                    end = .failed(because: reason)
                case .retryLater(let reason):
                    let attempts = notice.attempts + 1
                    end =
                        attempts >= policy.maxAttempts
                        ? .failed(because: "\(attempts) tries, the last: \(reason)")
                        : .postponed(
                            until: now.addingTimeInterval(policy.delay(afterAttempts: attempts, unit: unit())),
                            because: reason)
                }
            }
            try await Self.record(end, of: notice, now: now, on: connection, logger: logger)
            return (notice, end)
        }
    }

    private static func nextDue(now: Date, on connection: PostgresConnection, logger: Logger) async throws
        -> PendingNotice?
    {
        let rows = try await connection.query(
            """
            SELECT o.id, o.kind, o.attempts, d.code, d.full_name, d.email,
                   o.payload->>'classCode', o.payload->>'cohortCode', o.payload->>'moduleCode',
                   o.payload->>'moduleTitle', (o.payload->>'startsAt')::timestamptz,
                   (o.payload->>'endsAt')::timestamptz, o.payload->>'timeZone', o.payload->>'roomName',
                   o.payload->>'venueName', (o.payload->>'online')::boolean,
                   (o.payload->>'previousStartsAt')::timestamptz, (o.payload->>'previousEndsAt')::timestamptz,
                   o.payload->>'previousRoomName', s.revision > o.session_revision
            FROM outbox o JOIN delegates d ON d.id = o.delegate_id JOIN sessions s ON s.id = o.session_id
            WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.dropped_at IS NULL
              AND o.next_attempt_at <= \(now)
            ORDER BY o.next_attempt_at, o.id
            LIMIT 1
            FOR UPDATE OF o SKIP LOCKED
            """, logger: logger
        ).collect()
        guard let row = rows.first?.makeRandomAccess() else { return nil }
        let reminder = SessionReminder(
            classCode: try row[6].decode(String.self), cohortCode: try row[7].decode(String.self),
            moduleCode: try row[8].decode(String.self), moduleTitle: try row[9].decode(String.self),
            startsAt: try row[10].decode(Date.self), endsAt: try row[11].decode(Date.self),
            timeZone: try row[12].decode(String.self), roomName: try row[13].decode(String?.self),
            venueName: try row[14].decode(String?.self), online: try row[15].decode(Bool.self),
            previousStartsAt: try row[16].decode(Date?.self), previousEndsAt: try row[17].decode(Date?.self),
            previousRoomName: try row[18].decode(String?.self))
        return PendingNotice(
            id: try row[0].decode(Int.self), kind: try row[1].decode(String.self),
            attempts: try row[2].decode(Int.self), delegateCode: try row[3].decode(String.self),
            delegateName: try row[4].decode(String.self), email: try row[5].decode(String?.self), reminder: reminder,
            isSuperseded: try row[19].decode(Bool.self))
    }

    private static func record(
        _ end: NoticeEnd, of notice: PendingNotice, now: Date, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let query: PostgresQuery =
            switch end {
            case .delivered:
                "UPDATE outbox SET delivered_at = \(now), attempts = attempts + 1, last_error = NULL WHERE id = \(notice.id)"
            case .postponed(let until, let reason):
                """
                UPDATE outbox SET attempts = attempts + 1, next_attempt_at = \(until), last_error = \(reason)
                WHERE id = \(notice.id)
                """
            case .failed(let reason):
                "UPDATE outbox SET failed_at = \(now), attempts = attempts + 1, last_error = \(reason) WHERE id = \(notice.id)"
            case .dropped(let reason):
                "UPDATE outbox SET dropped_at = \(now), last_error = \(reason) WHERE id = \(notice.id)"
            }
        try await connection.query(query, logger: logger)
    }
}
