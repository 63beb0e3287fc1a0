import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Delegates {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a roster CSV: add new delegates and update changed ones, by code, all or nothing.",
            discussion: """
                Columns (English or Vietnamese header, any order): code, full_name, gender, birth_date, national_id, \
                phone, email, body, province_code, commune_code, term, first_time, full_time, position. \
                Any invalid row means nothing is written (exit 65).
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The roster CSV (UTF-8; comma or semicolon).")
        var file: String

        @Flag(help: "Check the file and report what would change, and write nothing.")
        var dryRun = false

        @Option(
            help: ArgumentHelp("Also write the problems as CSV (line,column,message) to this file.", valueName: "file"))
        var errorsTo: String?

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let data = try InputFile.contents(of: file, expected: "a roster CSV")
            let progress = Progress(label: "Importing \(file)")
            let imported: RosterImport
            do {
                imported = try await database.withOperations { [dryRun, file] in
                    try await $0.importRoster(data, file: file, dryRun: dryRun) { progress.say("\($0) rows") }
                }
            } catch let error as InputError {
                try writeErrors(error.diagnostics)
                throw error
            }
            progress.finish()
            imported.warnings.forEach { printError($0.description) }
            let result = imported.result
            switch format {
            case .json: try OutputFormat.printJSON(result)
            case .text:
                let verb = dryRun ? "Would import" : "Imported"
                print("\(verb) \(file): \(result.added) new, \(result.changed) changed, \(result.unchanged) unchanged.")
                if dryRun { print("Dry run: nothing was written.") }
            }
        }

        private func writeErrors(_ diagnostics: [Diagnostic]) throws {
            guard let errorsTo else { return }
            let lines =
                ["line,column,message"]
                + diagnostics.filter { $0.severity == .error }.map {
                    CSVWriter.line([String($0.location.line), String($0.location.column), $0.message])
                }
            try (lines.joined(separator: "\n") + "\n").write(toFile: errorsTo, atomically: true, encoding: .utf8)
        }
    }
}
