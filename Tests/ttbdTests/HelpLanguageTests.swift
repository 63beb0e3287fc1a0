import Foundation
import TestSupport
import Testing

/// `ttbd … --help` reads in the language of the run: every abstract and discussion of every command, option and
/// argument, as ArgumentParser's own dump of the command tree shows them, differs between English and
/// Vietnamese; only the frame ArgumentParser writes itself stays English.
@Suite("help in the reader's language")
struct HelpLanguageTests {
    /// ArgumentParser's own texts: it gives no way to word them.
    static let argumentParserTexts: Set<String> = [
        "Show help information.", "Show the version.", "Show subcommand help information.",
    ]

    @Test("every help text of the tree has a Vietnamese wording, and English under TTBD_LANG=en")
    func everyTextTranslated() async throws {
        let english = try await Self.helpTexts(language: "en")
        let vietnamese = try await Self.helpTexts(language: "vi")
        #expect(english.count == vietnamese.count)
        #expect(english.count > 300, "the tree has hundreds of help texts; the dump found \(english.count)")
        let untranslated = zip(english, vietnamese).filter { pair in
            pair.0.text == pair.1.text && !Self.argumentParserTexts.contains(pair.0.text)
        }
        #expect(
            untranslated.isEmpty,
            "help still in English under TTBD_LANG=vi:\n\(untranslated.map { "\($0.0.place): \($0.0.text)" }.joined(separator: "\n"))"
        )
        let vietnameseMarks = vietnamese.filter { $0.text.unicodeScalars.contains { $0.value > 0x7F } }
        #expect(vietnameseMarks.count > vietnamese.count / 2, "the Vietnamese help has Vietnamese letters")
    }

    struct HelpText: Equatable {
        var place: String
        var text: String
    }

    /// Every non-empty abstract and discussion in `ttbd --experimental-dump-help`, in the tree's order.
    static func helpTexts(language: String) async throws -> [HelpText] {
        let output = try await CommandLineTool.run(["--experimental-dump-help"], environment: ["TTBD_LANG": language])
        try #require(output.status == 0, "\(output.standardError)")
        let tree = try #require(JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        var texts: [HelpText] = []
        func collect(_ node: [String: Any], place: String) {
            for key in ["abstract", "discussion"] {
                if let text = node[key] as? String, !text.isEmpty { texts.append(HelpText(place: place, text: text)) }
            }
            for argument in node["arguments"] as? [[String: Any]] ?? [] {
                let name = (argument["preferredName"] as? [String: Any])?["name"] as? String
                collect(argument, place: place + " " + (name ?? (argument["valueName"] as? String ?? "?")))
            }
            for command in node["subcommands"] as? [[String: Any]] ?? [] {
                collect(command, place: place + " " + (command["commandName"] as? String ?? "?"))
            }
        }
        collect(try #require(tree["command"] as? [String: Any]), place: "ttbd")
        return texts
    }
}
