import ArgumentParser
import Testing

@testable import ttbd

/// Every command names itself. Without a `commandName`, ArgumentParser derives the name from the type with
/// `String(describing:)`, whose protocol-conformance lookups made up a third of every `ttbd` start
/// (44 ms → 21 ms for `ttbd --version` once all were named).
@Suite("command names")
struct CommandNameTests {
    @Test("every command in the tree has an explicit name")
    func explicitNames() {
        var unnamed: [String] = []
        func walk(_ command: any ParsableCommand.Type, path: String) {
            let name = command.configuration.commandName
            if name == nil { unnamed.append(path + " " + String(reflecting: command)) }
            for child in command.configuration.subcommands {
                walk(child, path: path + " " + (name ?? "?"))
            }
        }
        walk(TTBD.self, path: "")
        #expect(unnamed.isEmpty, "commands without commandName: \(unnamed)")
        #expect(TTBD.configuration.subcommands.count > 20)
    }
}
