import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

/// A database the fault tests break commands on: the shipped catalog, `delegates` first-time commune council
/// delegates of Hà Nội imported with ttbd, the venue HN with 40 venues more in a sheet, and the class B-HN-01
/// (CT-B, online, room for everyone). Every attempt runs on a copy of it. ``classroom`` readies a taught class
/// on top of it for the paths that need sessions and attendance.
struct FaultWorld: Sendable {
    let database: TestDatabase
    let folder: String

    var environment: [String: String] { ["DATABASE_URL": database.url] }

    /// The same world on a copy of its database.
    func on(_ copy: TestDatabase) -> FaultWorld { FaultWorld(database: copy, folder: folder) }

    func ttbd(_ arguments: [String], killAfter seconds: Double? = 120) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: environment, killAfter: seconds)
    }

    /// A roster of `count` delegates coded `prefix`0…, phones ending in `phone`.
    static func roster(_ count: Int, prefix: String = "F", phone: Int = 0) -> String {
        let rows = (0..<count).map { index in
            "\(prefix)\(index),Nguyễn Văn \(index),commune_council,01,00004,2026-2031,x,09\(String(format: "%08d", index + phone))"
        }
        return "code,full_name,body,province_code,commune_code,term,first_time,phone\n" + rows.joined(separator: "\n")
            + "\n"
    }

    static let venues =
        "code,name,province\n" + (1...40).map { "V\($0),Hội trường \($0),01" }.joined(separator: "\n") + "\n"

    /// Rooms of HN: four classrooms and a hall that seats a whole province's induction.
    static let rooms =
        "venue,code,name,capacity\n" + (1...4).map { "HN,P\($0),Phòng \($0),80" }.joined(separator: "\n")
        + "\nHN,HT,Hội trường lớn,2000\n"
    /// The rooms again, renamed, and 56 more.
    static let moreRooms =
        "venue,code,name,capacity\n" + (1...60).map { "HN,P\($0),Phòng học \($0),\(40 + $0)" }.joined(separator: "\n")
        + "\n"

    static let modules = (1...8).map { "B0\($0)" }.joined(separator: " ")
    /// Six lecturers of Hà Nội who teach all of CT-B.
    static let lecturers =
        "code,full_name,modules,home_province\n"
        + (1...6).map { "GV\($0),Giảng viên \($0),\(modules),01" }.joined(separator: "\n") + "\n"
    /// The lecturers again, renamed, and 54 more.
    static let moreLecturers =
        "code,full_name,modules,home_province\n"
        + (1...60).map { "GV\($0),Giảng viên chính \($0),\(modules),01" }.joined(separator: "\n") + "\n"

    /// The delegates of the taught class B-HN-02.
    static let pupils = (0..<60).map { "F\($0)" }
    /// Check-ins at the class's first session (1 June 2026, 07:30): on time, late, and after the grace minutes.
    static let checkIns =
        "code,time\n"
        + pupils.enumerated().map { "\($1),2026-06-01 07:\(String(format: "%02d", 10 + $0 % 40))" }
        .joined(separator: "\n") + "\n"

    /// Commands that add the rooms and lecturers, the class B-HN-02 (CT-B at HN, the 60 ``pupils``) and its
    /// eight sessions 1–8 (B01–B08 on 1–4 June 2026, room P1, lecturer GV1); with `taught`, every pupil present
    /// at every session and the sessions closed (held).
    static func classroom(taught: Bool = false) -> [[String]] {
        let days = ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]
        let sessions = (0..<8).map { index in
            [
                "sessions", "add", "--class", "B-HN-02", "--module", "B0\(index + 1)", "--date", days[index / 2],
                "--slot", index % 2 == 0 ? "morning" : "afternoon", "--room", "P1", "--lecturer", "GV1",
            ]
        }
        let attendance = (1...8).flatMap { session in
            [
                ["attendance", "mark", "\(session)", "--present", pupils.joined(separator: ",")],
                ["attendance", "close", "\(session)"],
            ]
        }
        return resources + [
            [
                "classes", "create", "--code", "B-HN-02", "--curriculum", "CT-B", "--capacity", "60", "--venue", "HN",
                "--from", "2026-06-01", "--to", "2026-06-30",
            ],
            ["enroll", "B-HN-02"] + pupils,
        ] + sessions + (taught ? attendance : [])
    }

    /// Commands that add the rooms and lecturers the planner needs.
    static let resources = [["rooms", "import", "@rooms.csv"], ["lecturers", "import", "@lecturers.csv"]]

    /// Sets the world up in `database` (which has the migrations and nothing else) and writes its files.
    static func prepare(_ database: TestDatabase, folder: String, delegates: Int, catalog: Bool = true) async throws
        -> FaultWorld
    {
        let world = FaultWorld(database: database, folder: folder)
        for (name, text) in [
            ("roster.csv", roster(delegates)), ("roster-changed.csv", roster(delegates + delegates / 2, phone: 1)),
            ("venues.csv", venues), ("rooms.csv", rooms), ("rooms-more.csv", moreRooms),
            ("lecturers.csv", lecturers), ("lecturers-more.csv", moreLecturers), ("check-ins.csv", checkIns),
        ] {
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
        }
        guard catalog else { return world }
        for step in [
            ["catalog", "import", EnrollCommandWorld.catalog], ["delegates", "import", "\(folder)/roster.csv"],
            ["venues", "add", "--code", "HN", "--name", "Hội trường Hà Nội", "--province", "01"],
            [
                "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--capacity", "100000", "--online",
                "--from", "2026-05-04", "--to", "2026-05-29",
            ],
        ] {
            let output = try await world.ttbd(step)
            guard output.status == 0 else { throw EnrollCommandWorld.SetupFailed(output: output.text) }
        }
        return world
    }

    /// `arguments` with each `@NAME` made the path of the file NAME in the world's folder.
    func resolving(_ arguments: [String]) -> [String] {
        arguments.map { $0.hasPrefix("@") ? "\(folder)/\($0.dropFirst())" : $0 }
    }

    /// Prepares the world in `database` (see ``prepare(_:folder:delegates:catalog:)``) and readies it for `path`.
    static func prepare(_ database: TestDatabase, folder: String, delegates: Int, for path: WritePath) async throws
        -> FaultWorld
    {
        let world = try await prepare(database, folder: folder, delegates: delegates, catalog: !path.empty)
        try await world.setUp(path.setUp)
        return world
    }

    /// Runs `path` to its end on a copy of this world, then `body` with that run (the copy is kept until
    /// `body` returns, so a test can show how another state differs from it).
    func withCompleteRun(of path: WritePath, _ body: (CompleteRun) async throws -> Void) async throws {
        try await database.withCopy { copy in
            let start = ContinuousClock.now
            let output = try await on(copy).ttbd(path.arguments(on(copy)))
            let elapsed = ContinuousClock.now - start
            #expect(output.status == 0, "\(path): \(output.text)")
            try await body(
                CompleteRun(
                    seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                    database: copy, settled: try await copy.fingerprint(settled: true)))
        }
    }

    /// Runs the set-up `steps` (see ``resolving(_:)``).
    func setUp(_ steps: [[String]]) async throws {
        for step in steps {
            let output = try await ttbd(resolving(step))
            guard output.status == 0 else { throw EnrollCommandWorld.SetupFailed(output: "\(step): \(output.text)") }
        }
    }
}

/// A write command run to its end on a copy of a fault world: how long it took, and what it left.
struct CompleteRun: Sendable {
    let seconds: Double
    let database: TestDatabase
    /// Its settled fingerprint (``DatabaseFingerprint/of(_:settled:)``).
    let settled: DatabaseFingerprint
}
