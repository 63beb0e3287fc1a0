import Foundation
import TrainingModel

/// Files a command reads whole before it calls a use case.
enum InputFile {
    /// The bytes of `path`, or an input error at its first line saying what kind of file was `expected`.
    static func contents(of path: String, expected: Message) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(
                at: SourceLocation(file: path, line: 1, column: 1), "cannot read the file; expected \(expected)")
        }
        return data
    }
}
