import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

/// The enrollment world (delegates 0101–0104 and P001–P003, CT-B for first-time councillors, CT-C for any
/// council, the venue HN) with CT-D for candidates (module D01), and two candidates: UV01 standing for the
/// commune council of Ba Đình, UV02 for the National Assembly.
@Suite("Candidates: registered, enrolled, certified and linked to their delegate record once elected")
struct CandidateTests {
    static let candidates = """
        code,full_name,gender,national_id,body,province_code,commune_code,term
        UV01,Nguyễn Thị Hồng,nữ,001190000011,commune_council,01,00004,2026-2031
        UV02,Trần Quốc Bảo,nam,001085000012,national_assembly,,,2026-2031

        """

    static func world(_ database: Database) async throws -> TrainingOperations {
        try await EnrollmentFixture.load(into: database)
        for statement: PostgresQuery in [
            "INSERT INTO curricula (code, term_code, title, audience) VALUES ('CT-D', '2026-2031', 'Người ứng cử', '{candidate}')",
            "INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES ('D01', 'CT-D', 1, 'Bầu cử', 1)",
        ] {
            try await database.client.query(statement, logger: TestCluster.logger)
        }
        let operations = TrainingOperations(database: database)
        _ = try await importCandidates(Self.candidates, operations)
        return operations
    }

    @discardableResult
    static func importCandidates(_ text: String, _ operations: TrainingOperations, dryRun: Bool = false) async throws
        -> RosterImportResult
    {
        try await operations.importRoster(Data(text.utf8), file: "ung-cu.csv", standing: .candidate, dryRun: dryRun)
            .result
    }

    static func importRoster(_ text: String, _ operations: TrainingOperations) async throws -> RosterImportResult {
        try await operations.importRoster(Data(text.utf8), file: "roster.csv", dryRun: false).result
    }

    @Test("a file of candidates is imported as candidates, not delegates: neither listed with them nor first-time")
    func importAsCandidates() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.world(database)
                let candidates = try await database.delegates.candidates(matching: DelegateFilter())
                #expect(candidates.map(\.record.delegate.code) == ["UV02", "UV01"])
                #expect(candidates.allSatisfy { $0.record.delegate.standing == .candidate && $0.linkedDelegate == nil })
                #expect(candidates.last?.record.bodyName == "HĐND phường Ba Đình")
                let delegates = try await database.delegates.delegates(matching: DelegateFilter())
                #expect(!delegates.map(\.delegate.code).contains("UV01") && delegates.count == 7)
                #expect(
                    try await Self.importCandidates(Self.candidates, operations)
                        == RosterImportResult(added: 0, changed: 0, unchanged: 2, applied: true))
            }
        }
    }

    @Test("bad rows are refused each at its file:line:column, and nothing is written")
    func badRows() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.world(database)
                let before = try await EnrollmentFixture.digest(database)
                let bad = """
                    code,full_name,national_id,body,province_code,term,first_time
                    UV03,Lê Văn Cường,12345,province_council,01,2026-2031,
                    UV04,Phan Thị Dung,,province_council,01,2026-2031,x
                    0101,Nguyễn Văn An,,province_council,01,2026-2031,
                    UV05,Đỗ Minh Tâm,001190000011,province_council,01,2026-2031,

                    """
                let reading = await #expect(throws: InputError.self) {
                    try await Self.importCandidates(bad, operations)
                }
                #expect(
                    reading?.description == """
                        ung-cu.csv:2:19: national_id '12345' is not valid; expected 12 digits
                        ung-cu.csv:3:51: a candidate is not yet a delegate; expected first_time empty or false
                        """)
                let fixed = bad.replacingOccurrences(of: "12345", with: "").replacingOccurrences(
                    of: ",x\n", with: ",\n")
                let stored = await #expect(throws: InputError.self) {
                    try await Self.importCandidates(fixed, operations)
                }
                #expect(
                    stored?.description == """
                        ung-cu.csv:4:1: code 0101 belongs to the delegate Nguyễn Văn An; expected a code of the candidate's own
                        ung-cu.csv:5:1: national_id 001190000011 already belongs to candidate UV01; expected each person once
                        """)
                #expect(try await EnrollmentFixture.digest(database) == before)
                #expect(try await database.delegates.candidates(matching: DelegateFilter()).count == 2)
            }
        }
    }

    @Test("a roster never changes a candidate; an elected delegate may carry a candidate's national id")
    func rosterLeavesCandidates() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.world(database)
                let takesCode = """
                    code,full_name,body,province_code,commune_code,term,first_time
                    UV01,Nguyễn Thị Hồng,commune_council,01,00004,2026-2031,x

                    """
                let error = await #expect(throws: InputError.self) {
                    try await Self.importRoster(takesCode, operations)
                }
                #expect(
                    error?.description
                        == "roster.csv:2:1: code UV01 belongs to the candidate Nguyễn Thị Hồng; expected a delegate's code"
                )
                #expect(try await database.delegates.candidate(code: "UV01")?.record.delegate.firstTime == false)

                let elected = """
                    code,full_name,national_id,body,province_code,commune_code,term,first_time
                    X0001,Nguyễn Thị Hồng,001190000011,commune_council,01,00004,2026-2031,x

                    """
                #expect(try await Self.importRoster(elected, operations).added == 1)
                #expect(
                    try await database.delegates.candidateMatches() == [
                        CandidateMatch(
                            candidateCode: "UV01", candidateName: "Nguyễn Thị Hồng", delegateCode: "X0001",
                            delegateName: "Nguyễn Thị Hồng", nationalID: "001190000011")
                    ])
                // Registering someone with a delegate's national id is registering the delegate again.
                let again = """
                    code,full_name,national_id,body,province_code,term
                    UV09,Nguyễn Thị Hồng,001190000011,province_council,01,2026-2031

                    """
                let twice = await #expect(throws: InputError.self) {
                    try await Self.importCandidates(again, operations)
                }
                #expect(twice?.diagnostics.map(\.message).contains { $0.contains("already belongs to") } == true)
            }
        }
    }

    @Test("a candidate enrolls in CT-D and is refused from CT-B and CT-C; a delegate is refused from CT-D")
    func audience() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.world(database)
                try await EnrollmentFixture.open("D-HN-01", in: database, program: "CT-D")
                try await EnrollmentFixture.open("B-HN-01", in: database)
                try await EnrollmentFixture.open("C-HN-01", in: database, program: "CT-C")
                let seated = try await operations.enroll(classCode: "D-HN-01", delegateCodes: ["UV01", "UV02"])
                #expect(seated.map(\.delegateCode) == ["UV01", "UV02"] && seated.allSatisfy { !$0.isRefused })
                for (classCode, program) in [("B-HN-01", "CT-B"), ("C-HN-01", "CT-C")] {
                    let refusal = await #expect(throws: StoreError.self) {
                        try await operations.enroll(classCode: classCode, delegateCodes: ["UV01"])
                    }
                    #expect(
                        refusal?.message.contains(
                            "UV01 Nguyễn Thị Hồng: the program \(program) is for \(program == "CT-B" ? "council+first-time" : "council"); this delegate is a candidate for a commune council"
                        ) == true, "\(refusal?.message ?? "")")
                }
                let delegate = await #expect(throws: StoreError.self) {
                    try await operations.enroll(classCode: "D-HN-01", delegateCodes: ["0101"])
                }
                #expect(delegate?.message.contains("the program CT-D is for candidate") == true)
            }
        }
    }

    /// UV01 enrolled in D-HN-01, present at its one session and certified; X0001 the delegate she became.
    static func certifiedCandidate(_ database: Database) async throws -> TrainingOperations {
        let operations = try await world(database)
        try await EnrollmentFixture.open("D-HN-01", in: database, program: "CT-D")
        _ = try await operations.enroll(classCode: "D-HN-01", delegateCodes: ["UV01"])
        let session = try await operations.addSession(
            SessionRequest(
                classCode: "D-HN-01", moduleCode: "D01", date: CalendarDate(parsing: "2026-05-05")!,
                times: .halfDay(.morning)))
        _ = try await operations.markAttendance(session: session.id, marks: ["UV01": .present])
        _ = try await operations.closeSession(session.id)
        let issue = try await operations.issueCertificates(classCode: "D-HN-01", dryRun: false)
        #expect(issue.issued.map(\.delegateCode) == ["UV01"])
        _ = try await importRoster(
            """
            code,full_name,national_id,body,province_code,commune_code,term,first_time
            X0001,Nguyễn Thị Hồng,001190000011,commune_council,01,00004,2026-2031,x

            """, operations)
        return operations
    }

    @Test("linking moves enrollment, attendance and certificate to the delegate, audited and in their history")
    func link() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.certifiedCandidate(database)
                let link = try await operations.linkCandidate("UV01", toDelegate: "X0001", force: false)
                #expect(
                    link
                        == CandidateLink(
                            candidateCode: "UV01", delegateCode: "X0001", delegateName: "Nguyễn Thị Hồng",
                            enrollments: 1,
                            attendanceMarks: 1, certificates: 1, waivers: 0, accountMoved: false, forced: false))
                #expect(
                    try await database.certificates.certificates(delegateCode: "X0001").map(\.classCode) == ["D-HN-01"])
                #expect(try await database.certificates.certificates(delegateCode: "UV01").isEmpty)
                let history = try await database.delegates.history(code: "X0001")
                #expect(
                    history.contains {
                        $0.detail == "elected: the training of the candidate UV01 Nguyễn Thị Hồng moved here"
                    })
                #expect(history.contains { $0.kind == .certificate && $0.classCode == "D-HN-01" })
                #expect(history.contains { $0.kind == .attendance && $0.classCode == "D-HN-01" })
                let moved = try await database.audit.auditEntries(matching: AuditFilter(entity: .enrollments))
                #expect(
                    moved.contains {
                        $0.action == "update"
                            && $0.changes.contains {
                                $0.field == "delegate_id" && $0.before == .string("UV01 Nguyễn Thị Hồng")
                                    && $0.after == .string("X0001 Nguyễn Thị Hồng")
                            }
                    })
                #expect(try await database.delegates.candidate(code: "UV01")?.linkedDelegate?.code == "X0001")
                #expect(try await database.delegates.candidateMatches().isEmpty)

                let twice = await #expect(throws: StoreError.self) {
                    try await operations.linkCandidate("UV01", toDelegate: "0101", force: true)
                }
                #expect(twice?.message.hasPrefix("candidate UV01 is already linked to delegate X0001") == true)
            }
        }
    }

    @Test("national ids that differ or are missing refuse the link unless forced, and a refusal writes nothing")
    func nationalIDs() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.certifiedCandidate(database)
                try await database.client.query(
                    "UPDATE delegates SET national_id = '001190000099' WHERE code = 'X0001'", logger: TestCluster.logger
                )
                let before = try await EnrollmentFixture.digest(database)
                let differ = await #expect(throws: StoreError.self) {
                    try await operations.linkCandidate("UV01", toDelegate: "X0001", force: false)
                }
                #expect(differ?.kind == .badData)
                #expect(
                    differ?.message
                        == "candidate UV01 has the national id 001190000011 and delegate X0001 001190000099; expected one person's; nothing was written"
                )
                let missing = await #expect(throws: StoreError.self) {
                    try await operations.linkCandidate("UV02", toDelegate: "0103", force: false)
                }
                #expect(missing?.message.contains("has no national id") == true)
                #expect(try await EnrollmentFixture.digest(database) == before)
                // Forced, a candidate without a national id is linked: staff vouch for them.
                let assembly = try await operations.linkCandidate("UV02", toDelegate: "0103", force: true)
                #expect(assembly.forced && assembly.enrollments == 0)
                try await database.client.query(
                    "UPDATE delegates SET national_id = '001190000011' WHERE code = '0104'", logger: TestCluster.logger)
                let holder = await #expect(throws: StoreError.self) {
                    try await operations.linkCandidate("UV01", toDelegate: "X0001", force: true)
                }
                #expect(
                    holder?.message
                        == "the national id 001190000011 of candidate UV01 belongs to delegate 0104; expected that delegate; nothing was written"
                )
                try await database.client.query(
                    "UPDATE delegates SET national_id = NULL WHERE code = '0104'", logger: TestCluster.logger)
                let forced = try await operations.linkCandidate("UV01", toDelegate: "X0001", force: true)
                #expect(forced.forced && forced.certificates == 1)
            }
        }
    }

    @Test("two staff linking one candidate at once: one link holds, the others are refused")
    func concurrentLinks() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let operations = try await Self.certifiedCandidate(database)
                let results = await withTaskGroup(of: Result<CandidateLink, any Error>.self) { group in
                    for _ in 1...4 {
                        group.addTask {
                            do {
                                return .success(
                                    try await operations.linkCandidate("UV01", toDelegate: "X0001", force: false))
                            } catch { return .failure(error) }
                        }
                    }
                    var results: [Result<CandidateLink, any Error>] = []
                    for await result in group { results.append(result) }
                    return results
                }
                let linked = results.compactMap { try? $0.get() }
                #expect(linked.count == 1)
                #expect(linked.first?.certificates == 1)
                let refusals = results.compactMap { result -> String? in
                    guard case .failure(let error) = result else { return nil }
                    return (error as? StoreError)?.message
                }
                #expect(refusals.count == 3 && refusals.allSatisfy { $0.contains("is already linked") })
                let holders = try await database.client.query(
                    "SELECT count(DISTINCT delegate_id) FROM certificates", logger: TestCluster.logger
                ).collect().first?.decode(Int.self)
                #expect(holders == 1)
            }
        }
    }

    @Test("a candidate's row keeps its standing, and is never first-time, whatever writes it")
    func schema() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                _ = try await Self.world(database)
                for (statement, state): (PostgresQuery, String) in [
                    ("UPDATE delegates SET standing = 'delegate' WHERE code = 'UV01'", "23514"),
                    ("UPDATE delegates SET first_time = true WHERE code = 'UV01'", "23514"),
                    ("UPDATE delegates SET national_id = '001190000011' WHERE code = 'UV02'", "23505"),
                ] {
                    do {
                        try await database.client.query(statement, logger: TestCluster.logger)
                        Issue.record("the database accepted \(statement.sql)")
                    } catch {
                        #expect(DatabaseFailure.sqlState(of: error) == state, "\(statement.sql)")
                    }
                }
                try await database.client.query(
                    "UPDATE delegates SET national_id = '001075000001' WHERE code = '0101'", logger: TestCluster.logger)
                do {
                    try await database.client.query(
                        "UPDATE delegates SET national_id = '001075000001' WHERE code = 'UV02'",
                        logger: TestCluster.logger)
                    Issue.record("a candidate took a delegate's national id")
                } catch {
                    #expect(DatabaseFailure.constraint(of: error) == "candidates_national_id_of_delegate")
                }
            }
        }
    }
}
