import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Induction planning around sittings")
struct InductionSittingTests {
    /// The induction plans its classes before it enrolls anyone; the delegates it is about to seat must still
    /// keep their cohort from their own council's sittings, and only theirs.
    @Test("a commune council sitting all month keeps out the class seating its delegates, not the province's other")
    func communeSittingKeepsOutOnlyItsClass() async throws {
        try await InductionWorld.with { database in
            let operations = TrainingOperations(database: database)
            let dry = try await operations.planInduction(InductionWorld.request(dryRun: true))
            let hoChiMinhCity = dry.classes.filter { $0.province == "79" }
            try #require(hoChiMinhCity.map(\.cohorts.count) == [1, 1])
            // A commune whose delegates all sit in the first of the city's two classes.
            let first = Set(hoChiMinhCity[0].delegateCodes)
            let second = Set(hoChiMinhCity[1].delegateCodes)
            let commune = try #require(
                first.compactMap(Self.commune).sorted().first { code in !second.contains { Self.commune($0) == code } })
            try await database.client.query(
                """
                INSERT INTO unavailability (kind, body_id, during, reason)
                SELECT 'sitting', id, tstzrange('2026-06-01 00:00+07', '2026-07-01 00:00+07'), 'Kỳ họp thứ hai'
                FROM bodies WHERE kind = 'commune_council' AND commune_code = \(commune)
                """, logger: InductionWorld.logger)

            let report = try await operations.planInduction(InductionWorld.request())
            #expect(report.classes.filter { $0.province == "79" }.map(\.delegateCodes).map(Set.init) == [second])
            let dropped = report.leftOut.filter { $0.kind == "not-planned" && $0.province == "79" }
            #expect(Set(dropped.flatMap(\.delegateCodes)) == first)
            #expect(
                try await EnrollmentFixture.number(
                    database,
                    """
                    SELECT count(*) FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
                    WHERE d.code = ANY(\(Array(second))::text[]) AND e.status = 'enrolled'
                      AND EXISTS (SELECT 1 FROM sessions s WHERE s.cohort_id = e.cohort_id)
                    """) == second.count)
        }
    }

    /// `X79123-4` → `79123`; a province council delegate (`X79-4`) has no commune.
    private static func commune(_ delegateCode: String) -> String? {
        let code = delegateCode.dropFirst().prefix { $0 != "-" }
        return code.count > 2 ? String(code) : nil
    }
}
