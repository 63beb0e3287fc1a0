public import Foundation
import Logging
public import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

/// The what-ifs asked for through the service (migration 0042): queued by staff, taken by one runner of all the
/// `ttbd serve` processes, and read back with their answer.
extension InductionStore {
    /// How a run ended, as its runner records it.
    public enum WhatIfOutcome: Sendable {
        /// `result` is the command line's JSON of the answer.
        case done(result: Data, answer: WhatIfAnswer)
        case failed(String)
    }

    /// The first key of the session-level advisory lock a runner holds on (this key, the run's id) while it plans.
    static let whatIfLockKey: Int32 = 0x7768_6966

    /// Refuses at once what planning `request` would refuse: an unknown term, program or online province, a
    /// program of another term or without modules, a window outside the term.
    public func checkInduction(_ request: InductionRequest, in transaction: Transaction) async throws {
        _ = try await InductionProgram.read(request, on: transaction.connection, logger: logger)
        try await KnownProvinces.require(request.onlineProvinces.sorted(), on: transaction.connection, logger: logger)
    }

    /// Queues `request`, asked by `account` at `now`; the run's id.
    public func queueWhatIf(
        _ request: WhatIfRunRequest, requestedBy account: String, at now: Date, in transaction: Transaction
    ) async throws -> Int {
        try await transaction.connection.query(
            """
            INSERT INTO what_if_runs (program, term, starts_on, ends_on, class_size, latest_end, online_provinces,
                                      time_limit_ms, seed, requested_by, requested_at)
            VALUES (\(request.program), \(request.term), \(request.startsOn.description)::date,
                    \(request.endsOn.description)::date, \(request.classSize), \(request.latestEnd?.description)::date,
                    \(request.onlineProvinces)::text[], \(request.timeLimitMilliseconds), \(Int64(bitPattern: request.seed)),
                    \(account), \(now))
            RETURNING id
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }

    /// The run `id`, or `nil` when there is none.
    public func whatIfRun(id: Int) async throws -> WhatIfRun? {
        try await whatIfRuns(id: id, limit: 1).first
    }

    /// The latest `limit` runs, newest first.
    public func whatIfRuns(limit: Int) async throws -> [WhatIfRun] {
        try await whatIfRuns(id: nil, limit: limit)
    }

    /// Takes the oldest run that is queued, or running with nobody holding it (its runner died), runs `work` with
    /// it and records what `work` gives; `nil` when there is nothing to take. When `work` throws, the run stays
    /// running with its lock released, for the next tick to take again. The row is locked `FOR UPDATE SKIP
    /// LOCKED` while it is taken, so two runners never take one; the runner then holds a session-level advisory
    /// lock on its own connection for as long as `work` lasts, which its death releases. `now` gives the instants
    /// recorded.
    public func runNextWhatIf(
        now: @Sendable () -> Date, _ work: (WhatIfRun) async throws -> WhatIfOutcome
    ) async throws -> WhatIfRun? {
        try await withConnection { connection in
            guard let id = try await take(now: now(), on: connection) else { return nil }
            do {
                let run = try await whatIfRun(id: id)!
                let outcome = try await work(run)
                try await record(outcome, of: id, at: now(), on: connection)
                try await connection.query(
                    "SELECT pg_advisory_unlock(\(Self.whatIfLockKey), \(Int32(truncatingIfNeeded: id)))", logger: logger
                )
                return try await whatIfRun(id: id)
            } catch {
                // The connection goes back to the pool: never with the lock, which would keep the run from others.
                if !connection.isClosed {
                    _ = try? await connection.query("SELECT pg_advisory_unlock_all()", logger: logger)
                }
                throw error
            }
        }
    }

    /// Locks the oldest run to take and, when nobody holds its advisory lock, takes that lock and commits the run
    /// as running; its id.
    private func take(now: Date, on connection: PostgresConnection) async throws -> Int? {
        try await connection.query("BEGIN", logger: logger)
        do {
            var after = 0
            var taken: Int?
            while taken == nil,
                let id = try await connection.query(
                    """
                    SELECT id FROM what_if_runs WHERE status IN ('queued', 'running') AND id > \(after)
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                    """, logger: logger
                ).collect().first?.decode(Int.self)
            {
                let free = try await connection.query(
                    "SELECT pg_try_advisory_lock(\(Self.whatIfLockKey), \(Int32(truncatingIfNeeded: id)))",
                    logger: logger
                ).collect().first!.decode(Bool.self)
                if free { taken = id } else { after = id }
            }
            if let taken {
                try await connection.query(
                    """
                    UPDATE what_if_runs SET status = 'running', runner = \(JobStore.jobRunner), started_at = \(now)
                    WHERE id = \(taken)
                    """, logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
            return taken
        } catch {
            if !connection.isClosed {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                _ = try? await connection.query("SELECT pg_advisory_unlock_all()", logger: logger)
            }
            throw error
        }
    }

    private func record(_ outcome: WhatIfOutcome, of id: Int, at now: Date, on connection: PostgresConnection)
        async throws
    {
        switch outcome {
        case .done(let result, let answer):
            let answer = String(decoding: try JSONEncoder().encode(answer), as: UTF8.self)
            try await connection.query(
                """
                UPDATE what_if_runs SET status = 'done', finished_at = \(now),
                       result = \(String(decoding: result, as: UTF8.self))::jsonb, answer = \(answer)::jsonb
                WHERE id = \(id)
                """, logger: logger)
        case .failed(let reason):
            try await connection.query(
                "UPDATE what_if_runs SET status = 'failed', finished_at = \(now), failure = \(reason) WHERE id = \(id)",
                logger: logger)
        }
    }

    /// The run `id`, or the latest `limit`, newest first; each read as one JSON object.
    private func whatIfRuns(id: Int?, limit: Int) async throws -> [WhatIfRun] {
        let decoder = JSONDecoder()
        return try await client.query(
            """
            SELECT json_build_object(
                'id', id, 'program', program, 'term', term, 'startsOn', starts_on, 'endsOn', ends_on,
                'classSize', class_size, 'latestEnd', latest_end, 'onlineProvinces', online_provinces,
                'timeLimit', time_limit_ms, 'seed', seed, 'requestedBy', requested_by,
                'requestedAt', extract(epoch FROM requested_at), 'status', status,
                'startedAt', extract(epoch FROM started_at), 'finishedAt', extract(epoch FROM finished_at),
                'result', result, 'answer', answer, 'failure', failure)::text
            FROM what_if_runs WHERE \(id)::int8 IS NULL OR id = \(id)
            ORDER BY id DESC LIMIT \(limit)
            """, logger: logger
        ).collect().map { row in
            try decoder.decode(StoredRun.self, from: Data(try row.decode(String.self).utf8)).run
        }
    }
}

/// A row of `what_if_runs` as its query writes it in JSON.
private struct StoredRun: Decodable {
    var id: Int
    var program: String
    var term: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate
    var classSize: Int
    var latestEnd: CalendarDate?
    var onlineProvinces: [String]
    var timeLimit: Int
    var seed: Int64
    var requestedBy: String
    var requestedAt: Double
    var status: WhatIfRun.Status
    var startedAt: Double?
    var finishedAt: Double?
    var result: JSONValue?
    var answer: WhatIfAnswer?
    var failure: String?

    var run: WhatIfRun {
        WhatIfRun(
            id: id,
            request: WhatIfRunRequest(
                program: program, term: term, startsOn: startsOn, endsOn: endsOn, classSize: classSize,
                latestEnd: latestEnd, onlineProvinces: onlineProvinces, timeLimitMilliseconds: timeLimit,
                seed: UInt64(bitPattern: seed)),
            requestedBy: requestedBy, requestedAt: Date(timeIntervalSince1970: requestedAt), status: status,
            startedAt: startedAt.map(Date.init(timeIntervalSince1970:)),
            finishedAt: finishedAt.map(Date.init(timeIntervalSince1970:)), result: result, answer: answer,
            failure: failure)
    }
}
