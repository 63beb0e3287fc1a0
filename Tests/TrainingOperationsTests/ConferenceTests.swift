import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Regional conferences against the real database")
struct ConferenceTests {
    @Test("hosts rotate: provinces that never hosted in the catalog's order, then the one that hosted least recently")
    func hostRotation() async throws {
        try await ConferenceWorld.with { operations in
            let dry = try await operations.openConference(
                ConferenceWorld.conference("DRY", on: "2026-01-10"), dryRun: true)
            #expect(dry.hostProvinceCode == "01")
            #expect(try await operations.database.conferences.conferences().isEmpty)

            var hosts: [String] = []
            for (index, day) in ["2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01", "2027-02-01", "2027-05-01"]
                .enumerated()
            {
                hosts.append(
                    try await operations.openConference(ConferenceWorld.conference("C\(index)", on: day))
                        .hostProvinceCode)
            }
            #expect(hosts == ["01", "22", "24", "31", "33", "37"])
            // Everyone has hosted once: Hà Nội's turn is the oldest, until it hosts out of turn.
            #expect(try await operations.database.conferences.hostRotation(region: "DBSH").first?.provinceCode == "01")
            _ = try await operations.openConference(ConferenceWorld.conference("X1", on: "2027-08-01", host: "22"))
            let next = try await operations.openConference(ConferenceWorld.conference("C6", on: "2027-11-01"))
            #expect(next.hostProvinceCode == "01")
            let rotation = try await operations.database.conferences.hostRotation(region: "DBSH")
            #expect(rotation.map(\.provinceCode) == ["24", "31", "33", "37", "22", "01"])
            #expect(rotation.last?.hosted == 2 && rotation.last?.lastHostedOn == "2027-11-01")

            let foreign = await ConferenceWorld.refusal {
                try await operations.openConference(ConferenceWorld.conference("X2", on: "2028-01-01", host: "79"))
            }
            #expect(foreign?.code == .refused)
            #expect(foreign?.message == "province 79 is not in region DBSH (its provinces: 01, 22, 24, 31, 33, 37)")
        }
    }

    @Test("conferences opened at once in one region never get the same host")
    func concurrentOpening() async throws {
        try await ConferenceWorld.with { operations in
            let hosts = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        try await operations.openConference(
                            ConferenceWorld.conference("P\(index)", on: "2026-03-0\(index + 1)")
                        )
                        .hostProvinceCode
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(hosts.sorted() == ["01", "22", "24", "31", "33", "37"])
        }
    }

    @Test("a delegate of a body not invited is refused, and no one of the batch is registered")
    func notInvited() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08"))
            let refused = await ConferenceWorld.refusal {
                try await operations.registerForConference(conference: "HN", delegates: ["01-1", "79-1"])
            }
            #expect(refused?.code == .refused)
            #expect(
                refused?.message
                    == "delegate 79-1 Đại biểu 79 số 1 belongs to HĐND thành phố Hồ Chí Minh, which is not invited to conference HN; nothing was registered"
            )
            let database = operations.database
            #expect(
                try await ConferenceWorld.count(database, "SELECT count(*)::int FROM conference_registrations") == 0)

            _ = try await operations.inviteToConference(conference: "HN", provinces: ["79"], seats: nil)
            let registered = try await operations.registerForConference(conference: "HN", delegates: ["01-1", "79-1"])
            #expect(registered.map(\.body) == ["HĐND thành phố Hà Nội", "HĐND thành phố Hồ Chí Minh"])
            let again = await ConferenceWorld.refusal {
                try await operations.registerForConference(conference: "HN", delegates: ["01-1"])
            }
            #expect(
                again?.message
                    == "delegate 01-1 Đại biểu 01 số 1 is already registered for conference HN; nothing was registered")
        }
    }

    @Test("twelve delegates of one body registering at once get its three seats and no more")
    func concurrentSeats() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08", seatsPerBody: 3))
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for number in 1...12 {
                    group.addTask {
                        do {
                            _ = try await operations.registerForConference(
                                conference: "HN", delegates: ["01-\(number)"])
                            return true
                        } catch let error as StoreError where error.code == .refused {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.count { $0 } == 3)
            let database = operations.database
            #expect(
                try await ConferenceWorld.count(database, "SELECT count(*)::int FROM conference_registrations") == 3)
            #expect(
                try await ConferenceWorld.count(
                    database,
                    "SELECT registered_count FROM conference_invitations i JOIN bodies b ON b.id = i.body_id WHERE b.province_code = '01'"
                )
                    == 3)
            // The database holds the seats even for a writer that skips the store's count.
            await #expect(throws: (any Error).self) {
                try await database.client.query(
                    """
                    INSERT INTO conference_registrations (conference_id, delegate_id)
                    SELECT c.id, d.id FROM conferences c, delegates d WHERE d.code = '01-12'
                    """, logger: TestCluster.logger)
            }
            let full = await ConferenceWorld.refusal {
                try await operations.registerForConference(conference: "HN", delegates: ["22-1", "01-12"])
            }
            #expect(
                full?.message
                    == "HĐND thành phố Hà Nội has 3 seats at conference HN: 3 taken, 1 more asked; nothing was registered"
            )
        }
    }

    @Test("attendance is taken only for registered delegates, once per session")
    func attendance() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08"))
            let day = CalendarDate(parsing: "2026-10-08")!
            let session = try await operations.addConferenceSession(
                conference: "HN", title: "Khai mạc", speaker: nil, day: day, from: ClockTime(hour: 8, minute: 0)!,
                to: ClockTime(hour: 9, minute: 30)!)
            #expect(session == 1)
            _ = try await operations.registerForConference(conference: "HN", delegates: ["01-1"])
            let refused = await ConferenceWorld.refusal {
                try await operations.markConferenceAttendance(
                    conference: "HN", session: 1, delegates: ["01-1", "01-2"])
            }
            #expect(
                refused?.message
                    == "delegate 01-2 Đại biểu 01 số 2 is not registered for conference HN; only registered delegates attend, and no one was marked"
            )
            let database = operations.database
            #expect(try await ConferenceWorld.count(database, "SELECT count(*)::int FROM conference_attendance") == 0)
            #expect(
                try await operations.markConferenceAttendance(conference: "HN", session: 1, delegates: ["01-1"]) == 1)
            #expect(
                try await operations.markConferenceAttendance(conference: "HN", session: 1, delegates: ["01-1"]) == 0)
            let missing = await ConferenceWorld.refusal {
                try await operations.markConferenceAttendance(conference: "HN", session: 2, delegates: ["01-1"])
            }
            #expect(missing?.code == .notFound)
            let outside = await ConferenceWorld.refusal {
                try await operations.addConferenceSession(
                    conference: "HN", title: "Bế mạc", speaker: nil, day: CalendarDate(parsing: "2026-10-09")!,
                    from: ClockTime(hour: 8, minute: 0)!, to: ClockTime(hour: 9, minute: 0)!)
            }
            #expect(outside?.code == .refused)
        }
    }

    @Test("the report counts bodies invited, registered and present, per province and per session")
    func report() async throws {
        try await ConferenceWorld.with { operations in
            _ = try await operations.openConference(ConferenceWorld.conference("HN", on: "2026-10-08"))
            let day = CalendarDate(parsing: "2026-10-08")!
            for (title, hour) in [("Khai mạc", 8), ("Thảo luận", 14)] {
                _ = try await operations.addConferenceSession(
                    conference: "HN", title: title, speaker: "Chủ tọa", day: day,
                    from: ClockTime(hour: hour, minute: 0)!,
                    to: ClockTime(hour: hour + 2, minute: 0)!)
            }
            _ = try await operations.registerForConference(
                conference: "HN", delegates: ["01-1", "01-2", "01-3", "22-1"])
            _ = try await operations.markConferenceAttendance(
                conference: "HN", session: 1, delegates: ["01-1", "22-1"])
            _ = try await operations.markConferenceAttendance(
                conference: "HN", session: 2, delegates: ["01-1", "01-2"])

            let report = try await operations.database.conferences.report(code: "HN")
            #expect(
                report.totals
                    == ConferenceReport.Totals(
                        bodiesInvited: 6, bodiesRegistered: 2, bodiesAttended: 2, delegatesRegistered: 4,
                        delegatesAttended: 3))
            let hanoi = report.provinces.first { $0.provinceCode == "01" }
            #expect(hanoi?.registered == 3 && hanoi?.attended == 2)
            #expect(report.provinces.first { $0.provinceCode == "24" }?.registered == 0)
            // The trail names the rows in words, not ids.
            let attended = try await operations.database.audit.auditEntries(
                matching: AuditFilter(entity: .conferenceAttendance))
            #expect(Set(attended.map(\.subject)).contains("01-2 Đại biểu 01 số 2 @ HN #2"))
            let registered = try await operations.database.audit.auditEntries(
                matching: AuditFilter(entity: .conferenceRegistrations, limit: 1))
            #expect(
                registered.first?.changes.contains { $0.field == "conference_id" && $0.after == .string("HN") } == true)
            #expect(
                report.sessions == [
                    ConferenceReport.Session(number: 1, title: "Khai mạc", attended: 2, bodiesPresent: 2),
                    ConferenceReport.Session(number: 2, title: "Thảo luận", attended: 2, bodiesPresent: 1),
                ])
        }
    }
}
