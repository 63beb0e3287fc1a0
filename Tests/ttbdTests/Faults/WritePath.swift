import Foundation

/// A command that writes, as the fault tests run it: how to ready a copy of the world for it, and its words
/// (`@NAME` names a file of the world's folder, see ``FaultWorld/resolving(_:)``).
struct WritePath: Sendable, CustomStringConvertible {
    var name: String
    /// Commands that bring the world to the state the command starts from.
    var setUp: [[String]] = []
    var arguments: @Sendable (FaultWorld) -> [String]
    /// Whether the world starts without a catalog (the catalog import).
    var empty = false

    var description: String { name }

    init(
        _ name: String, setUp: [[String]] = [], empty: Bool = false,
        arguments: @escaping @Sendable (FaultWorld) -> [String]
    ) {
        self.name = name
        self.setUp = setUp
        self.empty = empty
        self.arguments = arguments
    }

    init(_ name: String, setUp: [[String]] = [], empty: Bool = false, _ words: [String]) {
        self.init(name, setUp: setUp, empty: empty) { $0.resolving(words) }
    }

    static let enrolled = [["enroll", "B-HN-01", "--where", "province=01"]]
    static let pupils = FaultWorld.pupils

    /// The paths the tests break: all of ``every``, or those whose names `TTBD_FAULT_PATHS` lists (comma-separated),
    /// to run a long run again on the paths a change touched.
    static let all: [WritePath] = {
        guard let names = ProcessInfo.processInfo.environment["TTBD_FAULT_PATHS"], !names.isEmpty else { return every }
        let wanted = Set(names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return every.filter { wanted.contains($0.name) }
    }()

    /// ``all`` dealt into two runs of about equal length (every other path), for the fault suites to take one
    /// path at a time in each: one run of 20 outlasted the rest of the suite by minutes, and all 20 at once
    /// starve each other of the machine.
    static let halves: [[WritePath]] = [
        all.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element),
        all.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element),
    ]

    static let every: [WritePath] = [
        WritePath("delegates import", ["delegates", "import", "@roster-changed.csv"]),
        WritePath("catalog import", empty: true, ["catalog", "import", EnrollCommandWorld.catalog]),
        WritePath("venues import", ["venues", "import", "@venues.csv"]),
        WritePath("rooms import", setUp: FaultWorld.resources, ["rooms", "import", "@rooms-more.csv"]),
        WritePath("lecturers import", setUp: FaultWorld.resources, ["lecturers", "import", "@lecturers-more.csv"]),
        WritePath("enroll --where", ["enroll", "B-HN-01", "--where", "province=01"]),
        WritePath(
            "enroll --move-from",
            setUp: enrolled + [
                [
                    "classes", "create", "--code", "B-HN-02", "--curriculum", "CT-B", "--capacity", "40", "--venue",
                    "HN", "--from", "2026-06-01", "--to", "2026-06-30",
                ]
            ], ["enroll", "B-HN-02"] + pupils + ["--move-from", "B-HN-01"]),
        WritePath("withdraw --where", setUp: enrolled, ["withdraw", "B-HN-01", "--where", "province=01"]),
        WritePath("classes cancel", setUp: enrolled, ["classes", "cancel", "B-HN-01", "--reason", "Hoãn"]),
        WritePath(
            "sessions add", setUp: FaultWorld.classroom(),
            [
                "sessions", "add", "--class", "B-HN-02", "--module", "B01", "--date", "2026-06-08", "--slot",
                "morning", "--room", "P2", "--lecturer", "GV2",
            ]),
        WritePath(
            "sessions move", setUp: FaultWorld.classroom(),
            ["sessions", "move", "2", "--date", "2026-06-09", "--slot", "afternoon", "--room", "P2"]),
        WritePath(
            "sessions cancel", setUp: FaultWorld.classroom(), ["sessions", "cancel", "3", "--reason", "Giảng viên ốm"]),
        WritePath(
            "attendance mark", setUp: FaultWorld.classroom(),
            [
                "attendance", "mark", "1", "--present", pupils[0..<40].joined(separator: ","), "--late",
                pupils[40..<50].joined(separator: ","), "--absent", pupils[50...].joined(separator: ","),
            ]),
        WritePath(
            "attendance import", setUp: FaultWorld.classroom(),
            ["attendance", "import", "@check-ins.csv", "--session", "1"]),
        WritePath(
            "attendance close",
            setUp: FaultWorld.classroom() + [
                ["attendance", "mark", "1", "--present", pupils[..<30].joined(separator: ",")]
            ],
            ["attendance", "close", "1"]),
        WritePath(
            "certificates issue", setUp: FaultWorld.classroom(taught: true), ["certificates", "issue", "B-HN-02"]),
        WritePath(
            "schedule plan",
            setUp: FaultWorld.resources + [
                [
                    "classes", "create", "--code", "B-HN-03", "--curriculum", "CT-B", "--capacity", "120", "--venue",
                    "HN", "--cohorts", "2", "--from", "2026-07-01", "--to", "2026-07-31",
                ],
                ["enroll", "B-HN-03", "--where", "province=01"],
            ], ["schedule", "plan", "B-HN-03", "--seed", "1", "--time-limit", "20s"]),
        WritePath(
            "plan induction", setUp: FaultWorld.resources,
            [
                "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within", "2026-07-01..2026-08-28",
                "--class-size", "2000", "--seed", "1", "--time-limit", "20s",
            ]),
        // Each run writes a file of its own: the tokens file must be new.
        WritePath("tokens issue") {
            [
                "tokens", "issue", "--delegates", "--where", "province=01", "--output",
                "\($0.folder)/tokens-\(UUID()).csv",
            ]
        },
        // The archive lacks the 40 venues the world gets after it was made.
        WritePath(
            "db restore --force",
            setUp: [["db", "backup", "--output", "@world.backup"], ["venues", "import", "@venues.csv"]],
            ["db", "restore", "@world.backup", "--force"]),
    ]
}
