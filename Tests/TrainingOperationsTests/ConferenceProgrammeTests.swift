import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

/// The programme of conference HN (8–9 October 2026, region DBSH) replaced from a file.
@Suite("A conference's programme replaced from a file, against the real database")
struct ConferenceProgrammeTests {
    static let first = """
        Ngày;Bắt đầu;Kết thúc;Nội dung;Người trình bày
        09/10/2026;08:00;11:00;Thảo luận;
        08/10/2026;09:45;11:30;Báo cáo chuyên đề;TS. Lê Minh
        08/10/2026;08:00;09:30;Khai mạc;Chủ tọa

        """

    static func with(_ body: (TrainingOperations) async throws -> Void) async throws {
        try await ConferenceWorld.with { operations in
            var conference = ConferenceWorld.conference("HN", on: "2026-10-08")
            conference.endsOn = CalendarDate(parsing: "2026-10-09")!
            _ = try await operations.openConference(conference)
            try await body(operations)
        }
    }

    static func replace(_ operations: TrainingOperations, _ text: String, dryRun: Bool = false) async throws
        -> ProgrammeChanges
    {
        try await operations.importConferenceProgramme(
            conference: "HN", Data(text.utf8), file: "chuong-trinh.csv", dryRun: dryRun)
    }

    /// The programme as `number day start–end title (speaker)`.
    static func programme(_ operations: TrainingOperations) async throws -> [String] {
        try await operations.database.conferences.conference(code: "HN").sessions.map {
            "\($0.number) \($0.day) \($0.starts)–\($0.ends) \($0.title) (\($0.speaker ?? "—"))"
        }
    }

    @Test("a file with Vietnamese headers becomes the programme, numbered by day and start; a dry run writes nothing")
    func firstImport() async throws {
        try await Self.with { operations in
            let dry = try await Self.replace(operations, Self.first, dryRun: true)
            #expect(dry == ProgrammeChanges(added: 3, changed: 0, unchanged: 0, removed: 0))
            #expect(try await Self.programme(operations).isEmpty)

            #expect(try await Self.replace(operations, Self.first) == dry)
            #expect(
                try await Self.programme(operations) == [
                    "1 2026-10-08 08:00–09:30 Khai mạc (Chủ tọa)",
                    "2 2026-10-08 09:45–11:30 Báo cáo chuyên đề (TS. Lê Minh)",
                    "3 2026-10-09 08:00–11:00 Thảo luận (—)",
                ])
            #expect(
                try await Self.replace(operations, Self.first)
                    == ProgrammeChanges(added: 0, changed: 0, unchanged: 3, removed: 0))
        }
    }

    @Test("a re-import keeps the session that starts at the same time with its attendance, and replaces the rest")
    func reimportKeepsAttendance() async throws {
        try await Self.with { operations in
            _ = try await Self.replace(operations, Self.first)
            _ = try await operations.registerForConference(conference: "HN", delegates: ["01-1"])
            _ = try await operations.markConferenceAttendance(conference: "HN", session: 3, delegates: ["01-1"])
            let second = """
                day,start,end,title,speaker
                2026-10-08,08:00,09:30,Khai mạc,Chủ tọa
                2026-10-08,14:00,16:30,Giải đáp kiến nghị,
                2026-10-09,08:00,11:30,Thảo luận tổ,Thư ký

                """
            #expect(
                try await Self.replace(operations, second)
                    == ProgrammeChanges(added: 1, changed: 1, unchanged: 1, removed: 1))
            #expect(
                try await Self.programme(operations) == [
                    "1 2026-10-08 08:00–09:30 Khai mạc (Chủ tọa)",
                    "2 2026-10-08 14:00–16:30 Giải đáp kiến nghị (—)",
                    "3 2026-10-09 08:00–11:30 Thảo luận tổ (Thư ký)",
                ])
            let report = try await operations.database.conferences.report(code: "HN")
            #expect(report.sessions.map(\.attended) == [0, 0, 1])
            let removed = try await ConferenceWorld.count(
                operations.database,
                "SELECT count(*)::int FROM audit_log WHERE table_name = 'conference_sessions' AND action = 'delete'")
            #expect(removed == 1)
        }
    }

    @Test("a re-import that would remove a session with attendance is refused and changes nothing")
    func attendedSessionStays() async throws {
        try await Self.with { operations in
            _ = try await Self.replace(operations, Self.first)
            _ = try await operations.registerForConference(conference: "HN", delegates: ["01-1", "01-2"])
            _ = try await operations.markConferenceAttendance(
                conference: "HN", session: 2, delegates: ["01-1", "01-2"])
            let before = try await Self.programme(operations)
            let moved = Self.first.replacingOccurrences(of: "09:45;11:30", with: "10:00;11:30")
            let refusal = await ConferenceWorld.refusal { try await Self.replace(operations, moved) }
            #expect(refusal?.code == .refused)
            #expect(
                refusal?.message
                    == "session 2 Báo cáo chuyên đề of conference HN, on 2026-10-08 at 09:45, has attendance of 2 delegates and chuong-trinh.csv has no session then; expected every session with attendance kept at its day and start; nothing was changed"
            )
            #expect(try await Self.programme(operations) == before)
            // The database holds it too: the marks keep their session.
            await #expect(throws: PSQLError.self) {
                try await operations.database.client.query(
                    "DELETE FROM conference_sessions WHERE number = 2", logger: TestCluster.logger)
            }
        }
    }

    @Test("a bad file is refused at each bad cell's line and column, and nothing is written")
    func badFile() async throws {
        try await Self.with { operations in
            _ = try await Self.replace(operations, Self.first)
            let before = try await Self.programme(operations)
            let bad = """
                day,start,end,title,speaker
                2026-10-10,08:00,09:00,Bế mạc,
                2026-10-08,8h,09:00,Khai mạc,
                2026-10-08,10:00,09:30,Báo cáo,
                2026-10-09,08:00,09:00,Thảo luận,
                2026-10-09,08:00,10:00,Thảo luận tổ,
                2026-10-09,14:00,15:00,,

                """
            let error = await #expect(throws: InputError.self) { try await Self.replace(operations, bad) }
            #expect(
                error?.description == """
                    chuong-trinh.csv:2:1: day '2026-10-10' is not valid; expected a day of the conference, 2026-10-08 to 2026-10-09
                    chuong-trinh.csv:3:12: start '8h' is not valid; expected a time of day as HH:MM, such as 08:00
                    chuong-trinh.csv:4:18: end 09:30 is not after start 10:00; expected a later time
                    chuong-trinh.csv:6:1: 2026-10-09 08:00 is already on line 5; expected each one once
                    chuong-trinh.csv:7:24: title is empty; expected what the session is about
                    """)
            let unknown = await #expect(throws: InputError.self) {
                try await Self.replace(operations, "day,start,end,title,room\n2026-10-08,08:00,09:00,Khai mạc,A1\n")
            }
            #expect(
                unknown?.description
                    == "chuong-trinh.csv:1:21: column 'room' is unknown; expected one of day (Ngày), start (Bắt đầu), end (Kết thúc), title (Nội dung), speaker (Người trình bày)"
            )
            #expect(try await Self.programme(operations) == before)
        }
    }
}
