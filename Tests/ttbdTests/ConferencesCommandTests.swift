import Foundation
import TestSupport
import Testing

/// `ttbd conferences` through the built binary, on the shipped catalog (with its regions) and the roster of
/// ``EnrollCommandWorld``: 0102 and 0104 of Hà Nội's HĐND (region DBSH), 0103 of the National Assembly.
@Suite("ttbd conferences on the command line")
struct ConferencesCommandTests {
    /// The conference rows, to show that a refusal changed nothing.
    static func digest(_ world: EnrollCommandWorld) async throws -> String {
        try await world.database.run { pool in
            try await pool.client.query(
                """
                SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                    SELECT c::text AS t FROM conferences c
                    UNION ALL SELECT i::text FROM conference_invitations i
                    UNION ALL SELECT r::text FROM conference_registrations r
                    UNION ALL SELECT a::text FROM conference_attendance a) rows
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
        }
    }

    @Test("open in the rotation, add a session, register, take attendance and report as CSV")
    func endToEnd() async throws {
        try await EnrollCommandWorld.with { world in
            let rotation = try await world.ttbd("conferences", "rotation", "--region", "DBSH", "--format", "csv")
            #expect(
                rotation.standardOutput.split(separator: "\n").prefix(2) == [
                    "turn,province,name,hosted,last_hosted_on", "1,01,Thành phố Hà Nội,0,",
                ])
            let opened = try await world.ttbd(
                "conferences", "open", "--code", "HN-DBSH-2026", "--title",
                "Hội nghị Thường trực HĐND vùng Đồng bằng sông Hồng",
                "--region", "DBSH", "--venue", "Hội trường Nhà Quốc hội", "--from", "2026-10-08", "--to", "2026-10-09",
                "--seats-per-body", "1")
            #expect(opened.status == 0, "\(opened.text)")
            #expect(
                opened.standardOutput
                    == "Opened conference HN-DBSH-2026 of region Đồng bằng sông Hồng, hosted by Thành phố Hà Nội at Hội trường Nhà Quốc hội, 2026-10-08 to 2026-10-09; 6 bodies invited."
            )
            let session = try await world.ttbd(
                "conferences", "add-session", "HN-DBSH-2026", "--title", "Khai mạc", "--speaker", "Chủ tọa",
                "--day", "2026-10-08", "--from", "08:00", "--to", "09:30")
            #expect(session.standardOutput == "Added session 1 to conference HN-DBSH-2026: 2026-10-08 08:00–09:30.")
            let registered = try await world.ttbd("conferences", "register", "HN-DBSH-2026", "--delegates", "0102")
            #expect(registered.status == 0, "\(registered.text)")
            #expect(registered.standardOutput.hasSuffix("1 delegate registered"))

            let before = try await Self.digest(world)
            let national = try await world.ttbd("conferences", "register", "HN-DBSH-2026", "--delegates", "0103")
            #expect(national.status == 65)
            #expect(
                national.standardError.contains(
                    "delegate 0103 Trần Văn Dũng belongs to Quốc hội, which is not invited to conference HN-DBSH-2026"))
            let full = try await world.ttbd("conferences", "register", "HN-DBSH-2026", "--delegates", "0104")
            #expect(full.status == 65)
            #expect(full.standardError.contains("has 1 seats at conference HN-DBSH-2026: 1 taken, 1 more asked"))
            let absent = try await world.ttbd(
                "conferences", "attendance", "HN-DBSH-2026", "--session", "1", "--present", "0104")
            #expect(absent.status == 65)
            #expect(try await Self.digest(world) == before)

            let present = try await world.ttbd(
                "conferences", "attendance", "HN-DBSH-2026", "--session", "1", "--present", "0102")
            #expect(
                present.standardOutput == "Session 1 of conference HN-DBSH-2026: 1 marked present, 0 already marked.")
            let report = try await world.ttbd("conferences", "report", "HN-DBSH-2026", "--format", "csv")
            #expect(
                report.standardOutput.split(separator: "\n").prefix(3) == [
                    "province,body,seats,registered,attended", "01,HĐND thành phố Hà Nội,1,1,1",
                    "22,HĐND tỉnh Quảng Ninh,1,0,0",
                ])
            #expect(report.standardOutput.split(separator: "\n").last == ",Total,,1,1")
            let table = try await world.ttbd("conferences", "report", "HN-DBSH-2026")
            #expect(table.standardOutput.hasSuffix("Bodies: 6 invited, 1 registered, 1 attended."))
            let bySession = try await world.ttbd(
                "conferences", "report", "HN-DBSH-2026", "--by", "session", "--format", "json")
            let sessions =
                try JSONSerialization.jsonObject(with: Data(bySession.standardOutput.utf8)) as? [[String: Any]]
            #expect(sessions?.first?["attended"] as? Int == 1 && sessions?.first?["bodiesPresent"] as? Int == 1)

            let rotated = try await world.ttbd("conferences", "rotation", "--region", "DBSH", "--format", "csv")
            #expect(rotated.standardOutput.split(separator: "\n").last == "6,01,Thành phố Hà Nội,1,2026-10-08")
            let show = try await world.ttbd("conferences", "show", "HN-DBSH-2026")
            #expect(show.standardOutput.contains("1     08/10/2026  08:00–09:30  Khai mạc  Chủ tọa"))
        }
    }

    @Test("wrong options exit 64; an unknown region, conference or host exits 65 and writes nothing")
    func refusals() async throws {
        try await EnrollCommandWorld.with { world in
            let open = ["conferences", "open", "--code", "X", "--title", "Hội nghị", "--venue", "Hội trường"]
            let backwards = try await CommandLineTool.run(
                open + ["--region", "DBSH", "--from", "2026-10-09", "--to", "2026-10-08"],
                environment: ["DATABASE_URL": world.database.url])
            #expect(backwards.status == 64)
            #expect(backwards.standardError.contains("--to 2026-10-08 is before --from 2026-10-09"))
            let region = try await CommandLineTool.run(
                open + ["--region", "MIEN-TAY", "--from", "2026-10-08", "--to", "2026-10-08"],
                environment: ["DATABASE_URL": world.database.url])
            #expect(region.status == 65)
            #expect(region.standardError.contains("no region has the code MIEN-TAY"))
            let host = try await CommandLineTool.run(
                open + ["--region", "DBSH", "--host", "79", "--from", "2026-10-08", "--to", "2026-10-08"],
                environment: ["DATABASE_URL": world.database.url])
            #expect(host.status == 65)
            #expect(host.standardError.contains("province 79 is not in region DBSH"))
            let unknown = try await world.ttbd("conferences", "show", "NONE")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.contains("no conference has the code NONE"))
            let times = try await world.ttbd(
                "conferences", "add-session", "NONE", "--title", "Khai mạc", "--day", "2026-10-08", "--from", "10:00",
                "--to", "09:00")
            #expect(times.status == 64)
            #expect(try await Self.digest(world) == "empty")
        }
    }
}
