import Logging
import PostgresNIO
import TrainingModel
import TrainingPlanner

/// What class formation starts from, read in one transaction: the first-time delegates of the term in the
/// program's audience who are neither trained in it nor enrolled or wait-listed in one of its classes, and the
/// provinces' venues with their rooms.
struct InductionInput {
    var candidates: [InductionCandidate]
    var codes: [Int: String]
    var venues: [InductionVenue]
    var firstTimeInAudience: Int
    var alreadyTrained: Int
    var alreadyInClass: Int

    static func load(
        program: InductionProgram, term: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> InductionInput {
        // Enrollers lock a class and then the delegate (enroll_delegate, migration 0011); holding every
        // first-time delegate of the term first makes them wait for this plan instead of seating someone it
        // is placing, and what is read below is what the plan writes against.
        try await connection.query(
            "SELECT 1 FROM delegates WHERE term_code = \(term) AND first_time ORDER BY id FOR NO KEY UPDATE",
            logger: logger)
        let trained = try await ids(
            """
            SELECT delegate_id FROM delegate_programs WHERE curriculum_code = \(program.code) AND trained
            """, on: connection, logger: logger)
        let active = try await ids(
            """
            SELECT e.delegate_id FROM enrollments e JOIN classes c ON c.id = e.class_id
            WHERE c.curriculum_code = \(program.code) AND e.status IN ('enrolled', 'waitlisted')
            """, on: connection, logger: logger)
        let rows = try await connection.query(
            """
            SELECT d.id, d.code, b.kind, d.province_code, d.commune_code, d.full_time
            FROM delegates d JOIN bodies b ON b.id = d.body_id
            WHERE d.term_code = \(term) AND d.first_time
            ORDER BY d.id
            """, logger: logger)
        var input = InductionInput(
            candidates: [], codes: [:], venues: [], firstTimeInAudience: 0, alreadyTrained: 0, alreadyInClass: 0)
        for try await (id, code, kind, province, commune, fullTime) in rows.decode(
            (Int, String, String, String?, String?, Bool).self)
        {
            guard let body = Delegate.BodyKind(rawValue: kind) else { continue }
            let delegate = Delegate(
                code: code, fullName: "", sortKey: "", body: body, provinceCode: province, communeCode: commune,
                term: term, firstTime: true, fullTime: fullTime)
            guard program.audience.admits(delegate) else { continue }
            input.firstTimeInAudience += 1
            if trained.contains(id) {
                input.alreadyTrained += 1
            } else if active.contains(id) {
                input.alreadyInClass += 1
            } else {
                input.candidates.append(InductionCandidate(id: id, province: province, commune: commune))
                input.codes[id] = code
            }
        }
        input.venues = try await venues(on: connection, logger: logger)
        return input
    }

    private static func ids(
        _ query: PostgresQuery, on connection: PostgresConnection, logger: Logger
    ) async throws -> Set<Int> {
        var found: Set<Int> = []
        for try await id in try await connection.query(query, logger: logger).decode(Int.self) { found.insert(id) }
        return found
    }

    /// Venues in a province, not online, with the seats of their rooms that are not online either.
    private static func venues(on connection: PostgresConnection, logger: Logger) async throws -> [InductionVenue] {
        let rows = try await connection.query(
            """
            SELECT v.id, v.code, v.province_code,
                   coalesce(array_agg(r.capacity::int8 ORDER BY r.code) FILTER (WHERE r.id IS NOT NULL), '{}')
            FROM venues v LEFT JOIN rooms r ON r.venue_id = v.id AND NOT r.online
            WHERE NOT v.online AND v.province_code IS NOT NULL
            GROUP BY v.id ORDER BY v.code
            """, logger: logger)
        var venues: [InductionVenue] = []
        for try await (id, code, province, capacities) in rows.decode((Int, String, String, [Int]).self) {
            venues.append(InductionVenue(id: id, code: code, province: province, roomCapacities: capacities))
        }
        return venues
    }
}
