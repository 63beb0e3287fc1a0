import Foundation
import TestSupport
import Testing

@Suite("ttbd plan induction")
struct PlanInductionTests {
    static let arguments = [
        "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within", "2026-05-04..2026-08-28",
        "--class-size", "120", "--time-limit", "10s", "--seed", "3",
    ]

    @Test("a generated roster: every delegate placed in exactly one scheduled class of their province and program")
    func generatedRoster() async throws {
        try await PlanInductionWorld.with { world in
            let output = try await world.ttbd(Self.arguments + ["--format", "json"])
            #expect(output.status == 0, "\(output.text)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
            let audience = try await world.number(
                """
                SELECT count(*) FROM delegates d JOIN bodies b ON b.id = d.body_id
                WHERE d.first_time AND b.kind <> 'national_assembly'
                """)
            let laiChau = try await world.number(
                """
                SELECT count(*) FROM delegates d JOIN bodies b ON b.id = d.body_id
                WHERE d.first_time AND b.kind <> 'national_assembly' AND d.province_code = '12'
                """)
            #expect(report["placed"] as? Int == audience - laiChau)
            let leftOut = try #require(report["leftOut"] as? [[String: Any]])
            #expect(leftOut.map { $0["kind"] as? String } == ["no-venue"])
            #expect((leftOut.first?["delegateCodes"] as? [String])?.count == laiChau)
            // Exactly one CT-B enrollment for each delegate placed, in a class at a venue of their province.
            #expect(
                try await world.number(
                    """
                    SELECT count(*) FROM delegates d JOIN bodies b ON b.id = d.body_id
                    WHERE d.first_time AND b.kind <> 'national_assembly' AND d.province_code <> '12'
                      AND 1 = (SELECT count(*) FROM enrollments e JOIN classes c ON c.id = e.class_id
                               WHERE e.delegate_id = d.id AND e.status = 'enrolled')
                      AND EXISTS (SELECT 1 FROM enrollments e JOIN classes c ON c.id = e.class_id
                                  JOIN venues v ON v.id = c.venue_id
                                  WHERE e.delegate_id = d.id AND c.curriculum_code = 'CT-B'
                                    AND v.province_code = d.province_code)
                    """) == audience - laiChau)
            #expect(
                try await world.number(
                    "SELECT count(*) FROM enrollments WHERE delegate_id IN (SELECT id FROM delegates WHERE province_code = '12')"
                ) == 0)
            // Every cohort has its eight half-days, each with a lecturer, none on a weekend or a holiday.
            let cohorts = try await world.number("SELECT count(*) FROM cohorts")
            #expect(try await world.number("SELECT count(*) FROM sessions") == cohorts * 8)
            #expect(report["sessionsPlaced"] as? Int == cohorts * 8)
            #expect(
                try await world.number(
                    """
                    SELECT count(*) FROM sessions s
                    WHERE NOT EXISTS (SELECT 1 FROM session_lecturers l WHERE l.session_id = s.id)
                       OR extract(isodow FROM lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh') > 5
                       OR EXISTS (SELECT 1 FROM unavailability u WHERE u.kind = 'holiday' AND u.during && s.during)
                    """) == 0)
        }
    }

    @Test("the table names each province's classes, who is left out and why; a dry run writes nothing")
    func dryRunTable() async throws {
        try await PlanInductionWorld.with { world in
            let before = try await world.digest()
            let output = try await world.ttbd(Self.arguments + ["--dry-run"])
            #expect(output.status == 0, "\(output.text)")
            let lines = output.standardOutput.split(separator: "\n").map(String.init)
            #expect(
                lines.first
                    == "Induction of CT-B, term 2026-2031, 2026-05-04 to 2026-08-28, classes of at most 120:")
            #expect(lines.contains { $0.hasPrefix("01 ") && $0.hasSuffix("HT01") })
            #expect(lines.contains { $0.hasPrefix("Classes formed: 33 in 33 provinces; delegates placed: ") })
            #expect(
                lines.contains {
                    $0.hasSuffix("province 12 has no venue; add one (`ttbd venues add --province 12`)")
                })
            #expect(lines.last == "Dry run: nothing was written.")
            #expect(try await world.digest() == before)
        }
    }

    @Test("bad options exit 64 and an unknown program 65, the database unchanged")
    func badInput() async throws {
        try await PlanInductionWorld.with { world in
            let before = try await world.digest()
            let base = ["plan", "induction", "--program", "CT-B", "--term", "2026-2031"]
            let usage = [
                base + ["--within", "2026-05-04..2026-08-28", "--class-size", "0"],
                base + ["--within", "2026-08-28..2026-05-04", "--class-size", "120"],
                base + ["--within", "2026-05-04", "--class-size", "120"],
                base + ["--within", "2026-05-04..2026-08-28", "--class-size", "120", "--time-limit", "soon"],
            ]
            for arguments in usage {
                let output = try await world.ttbd(arguments)
                #expect(output.status == 64, "\(arguments): \(output.text)")
            }
            let unknown = try await world.ttbd(
                "plan", "induction", "--program", "CT-X", "--term", "2026-2031", "--within", "2026-05-04..2026-08-28",
                "--class-size", "120")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.hasPrefix("no program has the code CT-X"))
            let outside = try await world.ttbd(
                "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within", "2031-05-04..2031-08-28",
                "--class-size", "120")
            #expect(outside.status == 65)
            #expect(outside.standardError.contains("is outside the term 2026-2031"))
            #expect(try await world.digest() == before)
        }
    }
}
