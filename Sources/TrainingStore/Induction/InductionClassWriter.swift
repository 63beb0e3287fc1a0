import Logging
import PostgresNIO
import TrainingModel
import TrainingPlanner

/// Writes formed classes in a few statements whatever their number: the classes, their cohorts N1…Nk sized to
/// the venue's room, and later every delegate enrolled in their cohort. The enrollment triggers still count each seat
/// (`classes_capacity`) and the unique index still allows one active enrollment per class and delegate.
struct InductionClassWriter {
    var program: InductionProgram
    var request: InductionRequest
    var connection: PostgresConnection
    var logger: Logger

    /// Codes `<prefix>-<province>-NN` for `classes`, numbered in order per province after the classes of the
    /// program that already have such codes.
    func codes(for classes: [ProposedClass]) async throws -> [String] {
        let prefix = program.classPrefix
        let rows = try await connection.query(
            """
            SELECT split_part(code, '-', 2), max(split_part(code, '-', 3)::int8)
            FROM classes WHERE code ~ ('^' || \(prefix) || '-[0-9]{2}-[0-9]+$')
            GROUP BY 1
            """, logger: logger)
        var last: [String: Int] = [:]
        for try await (province, number) in rows.decode((String, Int).self) { last[province] = number }
        return classes.map { proposed in
            let number = (last[proposed.province] ?? 0) + 1
            last[proposed.province] = number
            return "\(prefix)-\(proposed.province)-\(number < 10 ? "0" : "")\(number)"
        }
    }

    /// Creates `classes` under `codes` with their cohorts, nobody enrolled yet.
    func create(_ classes: [ProposedClass], codes: [String]) async throws -> CreatedClasses {
        guard !classes.isEmpty else { return CreatedClasses(classIDs: [:], cohortIDs: [:]) }
        let capacities = classes.map { proposed in
            proposed.venue.map { min(request.classSize, proposed.cohortSizes.count * $0.largestRoom!) }
                ?? request.classSize
        }
        // Venue 0 stands for online: ids start at 1.
        let classIDs = try await idsByCode(
            """
            INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on)
            SELECT u.code, \(program.code), nullif(u.venue, 0), u.venue = 0, u.capacity,
                   \(request.startsOn.description)::date, \(request.endsOn.description)::date
            FROM unnest(\(codes)::text[], \(classes.map { $0.venue?.id ?? 0 })::int8[], \(capacities)::int8[])
                AS u(code, venue, capacity)
            RETURNING code, id
            """)
        let cohortRows = classes.indices.flatMap { index in
            classes[index].cohortSizes.indices.map { (codes[index], "N\($0 + 1)", classes[index].cohortSizes[$0]) }
        }
        let cohortIDs = try await idsByCode(
            """
            WITH created AS (
                INSERT INTO cohorts (class_id, code, size_hint)
                SELECT c.id, u.cohort, u.size
                FROM unnest(\(cohortRows.map(\.0))::text[], \(cohortRows.map(\.1))::text[], \(cohortRows.map(\.2))::int8[])
                    AS u(class_code, cohort, size)
                JOIN classes c ON c.code = u.class_code
                RETURNING class_id, code, id
            )
            SELECT c.code || '/' || created.code, created.id FROM created JOIN classes c ON c.id = created.class_id
            """)
        return CreatedClasses(classIDs: classIDs, cohortIDs: cohortIDs)
    }

    /// Enrolls every delegate of `seating` in their cohort, in one statement.
    func enroll(_ seating: ProspectiveSeating) async throws {
        guard !seating.delegateIDs.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
            SELECT co.class_id, u.cohort_id, u.delegate_id, 'enrolled'
            FROM unnest(\(seating.cohortIDs)::int8[], \(seating.delegateIDs)::int8[])
                WITH ORDINALITY AS u(cohort_id, delegate_id, n)
            JOIN cohorts co ON co.id = u.cohort_id
            ORDER BY u.n
            """, logger: logger)
    }

    private func idsByCode(_ query: PostgresQuery) async throws -> [String: Int] {
        var ids: [String: Int] = [:]
        for try await (code, id) in try await connection.query(query, logger: logger).decode((String, Int).self) {
            ids[code] = id
        }
        return ids
    }
}
