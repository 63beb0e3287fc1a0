import TestSupport
import Testing

/// How the attempts on one write path ended.
struct FaultTally: CustomStringConvertible {
    /// Nothing of the command was written.
    var before = 0
    /// All of it was written: the database is as a complete run leaves it.
    var after = 0
    /// Anything else: part of a command, a hang, an unclear exit.
    var other = 0

    var description: String { "before \(before), after \(after), other \(other)" }
}

extension FaultTally {
    /// Classifies the state `world`'s database is in after a command was stopped mid-write: as before when it
    /// equals `untouched`, as after when its settled fingerprint equals that of `completed` (a complete run from
    /// `untouched`), otherwise as other, showing the rows of the first table that differ; then the command,
    /// run again, must complete (or, after, may refuse what is already done, exit 65).
    mutating func judge(
        _ path: WritePath, on world: FaultWorld, untouched: DatabaseFingerprint, completed: CompleteRun,
        comment: String
    ) async throws {
        let stopped = try await world.database.fingerprint()
        let settled = try await world.database.fingerprint(settled: true)
        let again = try await world.ttbd(path.arguments(world))
        if stopped == untouched {
            before += 1
            #expect(again.status == 0, "\(path) after \(comment), run again: \(again.text)")
        } else if settled == completed.settled {
            after += 1
            #expect([0, 65].contains(again.status), "\(path) after \(comment), run again: \(again.text)")
        } else {
            other += 1
            let tables = settled.differences(from: completed.settled)
            let rows = try await DatabaseFingerprint.differingRows(
                of: tables[0], in: world.database.settings, and: completed.database.settings)
            let example = "only here: \(rows.onlyInFirst.prefix(3)), only there: \(rows.onlyInSecond.prefix(3))"
            Issue.record(
                "\(path) after \(comment) left a third state: it differs from a complete run in \(tables); in \(tables[0]), \(example)"
            )
        }
    }
}
