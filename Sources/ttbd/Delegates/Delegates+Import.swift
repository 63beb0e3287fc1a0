import ArgumentParser
import Foundation
import TrainingImport
import TrainingModel
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
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InputError(
                    at: SourceLocation(file: file, line: 1, column: 1), "cannot read the file; expected a roster CSV")
            }
            let progress = Progress(label: "Importing \(file)")
            let dryRun = dryRun
            let file = file
            let result = try await database.withDatabase { database in
                let reader = RosterReader(file: file, reference: try await database.rosterReference())
                do {
                    return try await database.importDelegates(file: file, dryRun: dryRun) { send in
                        var count = 0
                        let warnings = try await reader.read(data) { row in
                            try await send(row.delegate, row.line)
                            count += 1
                            if count.isMultiple(of: 10_000) { progress.say("\(count) rows") }
                        }
                        warnings.forEach { printError($0.description) }
                    }
                } catch let error as InputError {
                    try writeErrors(error.diagnostics)
                    throw error
                }
            }
            progress.finish()
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
