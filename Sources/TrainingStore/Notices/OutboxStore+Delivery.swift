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
    /// again with the same id (the Message-ID, the webhook's notice id), which is what a receiver can tell
    /// duplicates by. A notice of no more use (``PendingNotice/staleness(at:)``) is dropped unsent.
    public func deliverNext(
        now: Date, policy: RetryPolicy, unit: @Sendable () -> Double,
        send: (PendingNotice) async -> DeliveryOutcome
    ) async throws -> (notice: PendingNotice, end: NoticeEnd)? {
        let logger = self.logger
        return try await transaction { connection in
            guard let notice = try await Self.nextDue(now: now, on: connection, logger: logger) else { return nil }
            let end: NoticeEnd
            if let stale = notice.staleness(at: now) {
                end = .dropped(because: stale)
            } else {
                switch await send(notice) {
                case .delivered:
                    end = .delivered
                case .undeliverable(let reason):
                    end = .failed(because: reason)
                case .unwanted(let reason):
                    end = .dropped(because: reason)
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
            SELECT o.id, o.kind, o.attempts, d.code, d.full_name, d.email, d.phone, d.notify_by,
                   (o.payload || jsonb_strip_nulls(jsonb_build_object('closesOn', r.closes_on)))::text,
                   coalesce(s.revision > o.session_revision, r.about AND r.closes_on IS NULL, false)
            FROM outbox o JOIN delegates d ON d.id = o.delegate_id LEFT JOIN sessions s ON s.id = o.session_id
            -- A survey round's last day as it stands now (migration 0041): moved with its class's sessions, or
            -- none when the round is gone.
            LEFT JOIN LATERAL (
                SELECT true AS about,
                       survey_round_closes_on(o.payload ->> 'surveyCode', o.class_id, o.payload ->> 'moduleCode')
                           AS closes_on
                WHERE o.kind LIKE 'survey\\_%'
            ) r ON true
            WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.dropped_at IS NULL
              AND o.next_attempt_at <= \(now)
            ORDER BY o.next_attempt_at, o.id
            LIMIT 1
            FOR UPDATE OF o SKIP LOCKED
            """, logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, kindName, attempts, code, name, email, phone, preference, payload, superseded) = try row.decode(
            (Int, String, Int, String, String, String?, String?, String?, String, Bool).self)
        guard let kind = NoticeKind(rawValue: kindName) else {
            throw StoreError(.inconsistentData, "outbox notice \(id) is of a kind this ttbd does not know: \(kindName)")
        }
        let recipient = NoticeRecipient(
            code: code, name: name, email: email, phone: phone, preference: preference.flatMap(NoticePreference.init))
        let decoder = JSONDecoder.outboxPayload
        let about: PendingNotice.About =
            switch kind {
            case .sessionReminder, .sessionChanged, .sessionCancelled:
                .session(try decoder.decode(SessionReminder.self, from: Data(payload.utf8)))
            case .enrolled, .waitlisted, .promoted, .withdrawn, .certificateIssued:
                .place(try decoder.decode(ClassNews.self, from: Data(payload.utf8)))
            case .surveyOpened, .surveyClosing:
                .survey(try decoder.decode(SurveyNews.self, from: Data(payload.utf8)))
            }
        return PendingNotice(
            id: id, kind: kind, attempts: attempts, recipient: recipient, about: about, isSuperseded: superseded)
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
