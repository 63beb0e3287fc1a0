import Foundation
import PackagePlugin

/// Puts the files a target needs at run time inside the binary, so that `ttbd` copied anywhere works alone
/// (issue 20: a copied binary could not find its migrations). Which files, by target: the migrations of the
/// package's `migrations/` folder (also read from there by the tests and by `TTBD_MIGRATIONS`), and the
/// service's OpenAPI document and its console's templates, style sheet and script.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let (folder, fileExtension, enumName): (URL, String, String)
        // What the build watches. The folder, not its files, where files come and go: SwiftPM keeps a build plan
        // while the package's targets are unchanged, and a plan naming a file that was since deleted fails the
        // build ("missing inputs"). A file added or removed changes the folder; an edit of a migration that exists
        // does not, and MigratorTests says so. The service's resources are edited often and seldom removed: the
        // folder and each of them (after removing one, `touch Package.swift` plans the build again).
        let watched: [URL]
        switch target.name {
        case "PostgresInfrastructure":
            folder = context.package.directoryURL.appending(path: "migrations")
            (fileExtension, enumName, watched) = ("sql", "EmbeddedMigrations", [folder])
        case "TrainingService":
            folder = target.directoryURL.appending(path: "Resources")
            (fileExtension, enumName) = ("json,mustache,css,js", "EmbeddedDocuments")
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            watched = [folder] + files.filter { !$0.lastPathComponent.hasPrefix(".") }
        default:
            throw EmbedFilesError(message: "EmbedFilesPlugin does not know which files \(target.name) embeds")
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return [
            .buildCommand(
                displayName:
                    "Embedding the .{\(fileExtension)} files of \(folder.lastPathComponent)/ in \(target.name)",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [enumName, output.path, folder.path, fileExtension],
                inputFiles: watched, outputFiles: [output])
        ]
    }
}

struct EmbedFilesError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
