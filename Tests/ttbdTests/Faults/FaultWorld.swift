import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport

/// A database the fault tests break commands on: the shipped catalog, `delegates` first-time commune council
/// delegates of Hà Nội imported with ttbd, the venue HN with 40 venues more in a sheet, and the class B-HN-01
/// (CT-B, online, room for everyone). Every attempt runs on a copy of it.
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

    /// Sets the world up in `database` (which has the migrations and nothing else) and writes its files.
    static func prepare(_ database: TestDatabase, folder: String, delegates: Int, catalog: Bool = true) async throws
        -> FaultWorld
    {
        let world = FaultWorld(database: database, folder: folder)
        try roster(delegates).write(toFile: "\(folder)/roster.csv", atomically: true, encoding: .utf8)
        try roster(delegates + delegates / 2, phone: 1).write(
            toFile: "\(folder)/roster-changed.csv", atomically: true, encoding: .utf8)
        try venues.write(toFile: "\(folder)/venues.csv", atomically: true, encoding: .utf8)
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
}

/// A command that writes, as the fault tests run it: how to ready a copy of the world for it, and its words.
struct WritePath: Sendable, CustomStringConvertible {
    var name: String
    /// Commands that bring the world to the state the command starts from.
    var setUp: [[String]] = []
    var arguments: @Sendable (FaultWorld) -> [String]
    /// Whether the world starts without a catalog (the catalog import).
    var empty = false

    var description: String { name }

    static let all: [WritePath] = [
        WritePath(name: "delegates import") { ["delegates", "import", "\($0.folder)/roster-changed.csv"] },
        WritePath(
            name: "catalog import", arguments: { _ in ["catalog", "import", EnrollCommandWorld.catalog] }, empty: true),
        WritePath(name: "venues import") { ["venues", "import", "\($0.folder)/venues.csv"] },
        WritePath(name: "enroll --where") { _ in ["enroll", "B-HN-01", "--where", "province=01"] },
        WritePath(name: "withdraw --where", setUp: [["enroll", "B-HN-01", "--where", "province=01"]]) { _ in
            ["withdraw", "B-HN-01", "--where", "province=01"]
        },
        WritePath(name: "classes cancel", setUp: [["enroll", "B-HN-01", "--where", "province=01"]]) { _ in
            ["classes", "cancel", "B-HN-01", "--reason", "Hoãn"]
        },
    ]
}
