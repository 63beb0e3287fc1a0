import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension Material.Kind: ExpressibleByArgument {}

extension TTBD.Materials {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a material (a URL, or a file kept with its SHA-256) and link it to modules.",
            discussion: """
                A file is copied into the materials store ($TTBD_MATERIALS_DIR, else materials/ in ttbd's data \
                folder), from which delegates download it.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The material's code, e.g. TL-B01-01.")
        var code: String

        @Option(help: "Its title.")
        var title: String

        @Option(help: "handbook, slides, link, file or video.")
        var kind: Material.Kind

        @Option(help: "Where it is online.")
        var url: String?

        @Option(help: ArgumentHelp("A file: its SHA-256 is computed and kept with its path.", valueName: "path"))
        var file: String?

        @Option(help: ArgumentHelp("The modules it belongs to, comma-separated.", valueName: "B01,B02"))
        var modules: String

        func validate() throws {
            guard ResourceCode.isValid(code) else {
                throw ValidationError("--code '\(code)' has characters other than letters, digits, . _ / -")
            }
            guard (url == nil) != (file == nil) else { throw ValidationError("give exactly one of --url and --file") }
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title is empty") }
            if moduleCodes.isEmpty { throw ValidationError("--modules names no module; give at least one, e.g. B01") }
        }

        var moduleCodes: [String] {
            modules.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func run() async throws {
            let location: Material.Location
            if let file {
                // Kept in the store, so delegates can download it whatever becomes of this path.
                let path = URL(fileURLWithPath: file).standardizedFileURL.path
                let store = MaterialFileStore.from(environment: ProcessInfo.processInfo.environment)
                location = .file(path: path, sha256: try store.keep(fileAt: path))
            } else {
                location = .url(url!)
            }
            let material = Material(
                code: code, title: title.trimmingCharacters(in: .whitespaces).nfc, kind: kind, location: location)
            let modules = moduleCodes
            try await database.withDatabase { try await $0.materials.addMaterial(material, modules: modules) }
            let place =
                switch location {
                case .url(let url): url
                case .file(let path, let sha256): "\(path), sha256 \(sha256)"
                }
            print("Added material \(material.code) (\(kind.rawValue), \(place)) to \(modules.joined(separator: ", ")).")
        }
    }
}
