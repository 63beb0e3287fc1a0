import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// Candidates share the delegates' table (migration 0040): what picks "delegates" by criteria must not pick them
/// unless asked, and a link moves every row that is the person's training. In ``CandidateTests``' world.
@Suite("Candidates: picked by --where only when named, and linked with their waivers and account")
struct CandidateReferencesTests {
    static func rows(_ database: Database, _ query: PostgresQuery) async throws -> [String] {
        try await database.client.query(query, logger: TestCluster.logger).collect().map { try $0.decode(String.self) }
    }

    @Test("--where reads `candidate` as candidates alone, and nothing as delegates alone")
    func criteria() throws {
        #expect(try DelegateCriteria(parsing: "province=01").standing == .delegate)
        #expect(
            try DelegateCriteria(parsing: "candidate, province=01")
                == DelegateCriteria(
                    provinceCode: "01", standing: .candidate))
        #expect(try DelegateCriteria(parsing: "candidate=false").standing == .delegate)
        #expect(throws: DelegateCriteria.Invalid.self) { try DelegateCriteria(parsing: "candidate=maybe") }
    }

    @Test("enroll --where picks delegates only unless the criteria say candidate")
    func enrollWhere() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await CandidateTests.world(database)
                _ = try await EnrollmentFixture.open("D-HN-01", in: database, program: "CT-D")
                let delegates = try await operations.enroll(
                    classCode: "D-HN-01", matching: try DelegateCriteria(parsing: "province=01"))
                #expect(delegates.outcomes.isEmpty)
                #expect(!delegates.refusals.isEmpty)
                #expect(!delegates.refusals.map(\.delegateCode).contains("UV01"))
                let candidates = try await operations.enroll(
                    classCode: "D-HN-01", matching: try DelegateCriteria(parsing: "candidate,province=01"))
                #expect(candidates.outcomes.map(\.delegateCode) == ["UV01"])
                #expect(candidates.refusals.isEmpty)
            }
        }
    }

    @Test("tokens issue --where hands candidates no token unless the criteria say candidate")
    func tokensWhere() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                _ = try await CandidateTests.world(database)
                var generator = RandomGenerator(seed: 19)
                let delegates = try await database.accounts.issueDelegateTokens(
                    where: try DelegateCriteria(parsing: "province=01"), expiresAt: nil, using: &generator)
                #expect(!delegates.isEmpty)
                #expect(!delegates.map(\.delegateCode).contains("UV01"))
                let candidates = try await database.accounts.issueDelegateTokens(
                    where: try DelegateCriteria(parsing: "candidate"), expiresAt: nil, using: &generator)
                #expect(candidates.map(\.delegateCode) == ["UV02", "UV01"])
            }
        }
    }

    @Test("linking moves the candidate's waivers, but one the delegate already holds, and their account")
    func waiversAndAccount() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await CandidateTests.certifiedCandidate(database)
                _ = try await operations.waive(
                    .prerequisites, program: "CT-B", delegateCode: "UV01", reason: "Đã học ở nhiệm kỳ trước")
                _ = try await operations.waive(
                    .audience, program: "CT-C", delegateCode: "UV01", reason: "Thư ký kỳ họp")
                _ = try await operations.waive(
                    .audience, program: "CT-C", delegateCode: "X0001", reason: "Thường trực HĐND")
                var generator = RandomGenerator(seed: 19)
                _ = try await database.accounts.issueDelegateTokens(
                    where: DelegateCriteria(standing: .candidate), expiresAt: nil, using: &generator)

                let link = try await operations.linkCandidate("UV01", toDelegate: "X0001", force: false)
                #expect(link.waivers == 1 && link.accountMoved)
                #expect(
                    try await Self.rows(
                        database,
                        """
                        SELECT d.code || ' ' || w.curriculum_code || ' ' || w.rule || ' ' || w.reason
                        FROM waivers w JOIN delegates d ON d.id = w.delegate_id ORDER BY 1
                        """) == [
                            "UV01 CT-C audience Thư ký kỳ họp", "X0001 CT-B prerequisites Đã học ở nhiệm kỳ trước",
                            "X0001 CT-C audience Thường trực HĐND",
                        ])
                #expect(
                    try await Self.rows(
                        database,
                        "SELECT a.username || ' ' || d.code FROM accounts a JOIN delegates d ON d.id = a.delegate_id ORDER BY 1"
                    ) == ["uv01 X0001", "uv02 UV02"])
                let moved = try await Self.rows(
                    database,
                    """
                    SELECT table_name FROM audit_log
                    WHERE action = 'update' AND table_name IN ('waivers', 'accounts') ORDER BY 1
                    """)
                #expect(moved == ["accounts", "waivers"])
            }
        }
    }
}
