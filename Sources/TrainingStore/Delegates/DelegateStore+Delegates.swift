import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension DelegateStore {
    /// The codes a roster must match, as the catalog loaded them.
    public func rosterReference() async throws -> RosterReference {
        var provinces: Set<String> = []
        for try await code in try await client.query("SELECT code FROM provinces", logger: logger).decode(String.self) {
            provinces.insert(code)
        }
        var communes: [String: String] = [:]
        let communeRows = try await client.query("SELECT code, province_code FROM communes", logger: logger)
        for try await (code, province) in communeRows.decode((String, String).self) {
            communes[code] = province
        }
        var terms: Set<String> = []
        for try await code in try await client.query("SELECT code FROM terms", logger: logger).decode(String.self) {
            terms.insert(code)
        }
        return RosterReference(provinces: provinces, communeProvinces: communes, terms: terms)
    }

    /// Upserts delegates by code inside `transaction`: streams them into a staging table with COPY as `rows`
    /// produces them, then inserts the new and updates the changed with one set-based statement each. An
    /// update writes only the fields `rows` says the file carries; an empty cell of a carried field clears
    /// it. A national id that belongs to another delegate already in the database is an error naming the
    /// row's line. If `rows` throws (a roster with invalid rows), the caller's transaction rolls back.
    /// Candidates are imported the same way with `standing` `.candidate`; a code of the other standing is
    /// an error, so a roster never changes a candidate nor a list of candidates a delegate.
    ///
    /// - Parameters:
    ///   - file: the file name, for diagnostics.
    ///   - standing: what the rows are: delegates (a roster) or candidates.
    ///   - listChanges: whether to list every changed field of every stored delegate (for a dry run).
    ///   - progress: told how many rows have been sent, every 10,000.
    ///   - rows: stages the delegates, each with the line of the file it came from, and returns the fields the
    ///     file carries.
    public func importDelegates(
        file: String, standing: Delegate.Standing = .delegate, listChanges: Bool = false, in transaction: Transaction,
        progress: @escaping @Sendable (Int) -> Void = { _ in },
        rows: @escaping (_ staging: DelegateStaging) async throws -> Set<DelegateField>
    ) async throws -> RosterImportResult {
        let connection = transaction.connection
        // Two imports at once would both see a new code as missing; the second waits for the first instead.
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext('ttbd.roster'))", logger: logger)
        let bodies = try await bodyIDs(on: connection)
        try await connection.query(
            """
            CREATE TEMP TABLE roster_staging (
                line int, code text, full_name text, name_sort_key text, gender text, birth_date date,
                national_id text, phone text, email text, body_id bigint, province_code text, commune_code text,
                term_code text, first_time boolean, full_time boolean, position text
            ) ON COMMIT DROP
            """, logger: logger)
        var staged = 0
        var fields: Set<DelegateField> = []
        try await connection.copyFromUntilClosed(
            table: "roster_staging",
            columns: [
                "line", "code", "full_name", "name_sort_key", "gender", "birth_date", "national_id", "phone", "email",
                "body_id", "province_code", "commune_code", "term_code", "first_time", "full_time", "position",
            ], logger: logger
        ) { writer in
            let (batches, continuation) = AsyncStream.makeStream(of: DelegateStaging.EncodedBatch.self)
            // The connection sends while `rows` reads, parses and encodes.
            async let sent = {
                var sent = 0
                for await batch in batches {
                    try await writer.write(batch.buffer)
                    if (sent + batch.rows) / 10_000 > sent / 10_000 { progress(sent + batch.rows) }
                    sent += batch.rows
                }
                // A cancelled task's stream ends early; COPY must then fail, not commit the rows sent so far.
                try Task.checkCancellation()
                return sent
            }()
            do {
                fields = try await rows(DelegateStaging(bodies: bodies, batches: continuation))
            } catch {
                // Leaving cancels the sender, which aborts the COPY instead of sending what was queued.
                continuation.finish()
                throw error
            }
            continuation.finish()
            staged = try await sent
        }
        // Statistics first, for the checks' joins too; the columns the joins and sorts use are enough.
        try await connection.query("ANALYZE roster_staging (line, code, national_id)", logger: logger)
        // The checks' joins hash a national roster in one batch instead of spilling it to disk in four, and the
        // new rows are sorted into the file's order in memory.
        try await connection.query("SET LOCAL work_mem = '64MB'", logger: logger)
        try await checkStaged(file: file, standing: standing, on: connection)

        let update = RosterUpdate(fields: fields)
        let changes = listChanges ? try await differences(update, on: connection) : []
        let changed = try await count(update.statement, on: connection)
        // A roster bigger than the table it goes into is a bulk load: build the indexes once at the end.
        let existing = try await count("SELECT count(*) FROM delegates", on: connection)
        let insertNew = {
            try await count(
                """
                WITH added AS (
                INSERT INTO delegates (code, full_name, name_sort_key, gender, birth_date, national_id, phone, email,
                                       body_id, province_code, commune_code, term_code, first_time, full_time, position,
                                       standing)
                SELECT s.code, s.full_name, s.name_sort_key, s.gender, s.birth_date, s.national_id, s.phone, s.email,
                       s.body_id, s.province_code, s.commune_code, s.term_code, s.first_time, s.full_time, s.position,
                       \(standing.rawValue)
                FROM roster_staging s
                WHERE NOT EXISTS (SELECT 1 FROM delegates d WHERE d.code = s.code)
                ORDER BY s.line
                RETURNING 1)
                SELECT count(*) FROM added
                """, on: connection)
        }
        var bulk = staged >= Self.bulkLoadRows && staged > existing
        if bulk { bulk = try await ownsDelegates(connection) }
        let added =
            bulk
            ? try await withDeferredIndexes(on: "delegates", connection: connection, insertNew) : try await insertNew()
        return RosterImportResult(
            added: added, changed: changed, unchanged: staged - added - changed, applied: true, changes: changes)
    }

    /// What `update` would change, field by field.
    private func differences(_ update: RosterUpdate, on connection: PostgresConnection) async throws
        -> [DelegateFieldChange]
    {
        var changes: [DelegateFieldChange] = []
        let rows = try await connection.query(update.differences, logger: logger)
        for try await (line, code, field, before, after) in rows.decode((Int, String, String, String?, String?).self) {
            guard let field = DelegateField(rawValue: field) else { continue }
            changes.append(DelegateFieldChange(line: line, code: code, field: field, before: before, after: after))
        }
        return changes
    }

    /// From this many rows, a roster larger than the table is loaded with its indexes built afterwards.
    public static let bulkLoadRows = 10_000

    /// Whether the connection's role may drop and rebuild the roster's indexes: the schema's owner may, the
    /// application role (rows only) may not, and loads with the indexes in place.
    private func ownsDelegates(_ connection: PostgresConnection) async throws -> Bool {
        try await connection.query(
            "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = 'delegates'::regclass",
            logger: logger
        ).collect().first?.decode(Bool.self) ?? false
    }

    /// The id of every elected body, creating those that do not exist yet: the National Assembly and the
    /// People's Council of every province and commune. Every unit has its council, and knowing them all
    /// before the rows arrive lets the rows stream to the database as they are read.
    private func bodyIDs(on connection: PostgresConnection) async throws -> [BodyKey: Int] {
        try await connection.query(
            """
            INSERT INTO bodies (kind, name) VALUES ('national_assembly', 'Quốc hội') ON CONFLICT DO NOTHING
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO bodies (kind, province_code, name)
            SELECT 'province_council', p.code, 'HĐND ' || unit_in_sentence(p.name) FROM provinces p
            ON CONFLICT DO NOTHING
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO bodies (kind, province_code, commune_code, name)
            SELECT 'commune_council', c.province_code, c.code, 'HĐND ' || unit_in_sentence(c.name) FROM communes c
            ON CONFLICT DO NOTHING
            """, logger: logger)
        var ids: [BodyKey: Int] = [:]
        let rows = try await connection.query(
            "SELECT id, kind, coalesce(commune_code, province_code, '') FROM bodies", logger: logger)
        for try await (id, kind, code) in rows.decode((Int, String, String).self) {
            guard let kind = Delegate.BodyKind(rawValue: kind) else { continue }
            ids[BodyKey(kind: kind, code: code)] = id
        }
        return ids
    }
}

/// A body as a roster row names it: its kind, and the province or commune of a council.
struct BodyKey: Hashable {
    var kind: Delegate.BodyKind
    var code: String

    init(kind: Delegate.BodyKind, code: String) {
        self.kind = kind
        self.code = code
    }

    init(_ delegate: Delegate) {
        kind = delegate.body
        code =
            switch delegate.body {
            case .nationalAssembly: ""
            case .provinceCouncil: delegate.provinceCode ?? ""
            case .communeCouncil: delegate.communeCode ?? ""
            }
    }
}

extension CopyTextEncoder {
    mutating func encode(_ delegate: Delegate, line: Int, body: Int) {
        field(String(line))
        field(delegate.code)
        field(delegate.fullName)
        field(delegate.sortKey)
        field(delegate.gender?.rawValue)
        field(delegate.birthDate?.description)
        field(delegate.nationalID)
        field(delegate.phone)
        field(delegate.email)
        field(String(body))
        field(delegate.provinceCode)
        field(delegate.communeCode)
        field(delegate.term)
        field(delegate.firstTime ? "t" : "f")
        field(delegate.fullTime ? "t" : "f")
        field(delegate.position, last: true)
    }
}
