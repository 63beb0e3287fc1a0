import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

/// What both platform exports take: the class and the folder the files go to.
struct PlatformExportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .customLong("class"),
        help: .inLanguage(en: "The class to export, e.g. B-HN-01.", vi: "Lớp cần xuất, ví dụ B-HN-01."))
    var classCode: String

    @Option(
        help: .inLanguage(
            en: "The folder to write the files in (made when missing; files of the same name are replaced).",
            vi: "Thư mục ghi các tệp (tự tạo nếu chưa có; tệp trùng tên sẽ bị ghi đè)."))
    var out: String

    /// Reads the class, writes what `export` makes of it into the folder, and says what went where.
    func write(_ export: (PlatformRoster) -> PlatformExport) async throws {
        let classCode = classCode
        let roster = try await database.withDatabase {
            try await $0.learningPlatforms.platformRoster(classCode: classCode)
        }
        let files = export(roster)
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ListWriter.OutputRefusal(wording: "cannot make the folder \(out): \(error.localizedDescription)")
        }
        for file in files.files {
            try ListWriter(format: .csv, output: folder.appendingPathComponent(file.name).path).write(file.text)
        }
        let names = files.files.map(\.name).joined(separator: ", ")
        let students = roster.members.count { $0.role == .student }
        let teachers = roster.members.count { $0.role == .teacher }
        print(
            localized(
                "Wrote \(names) in \(out): class \(roster.classCode), delegates: \(number: students), "
                    + "lecturers: \(number: teachers)."))
        guard !files.withoutEmail.isEmpty else { return }
        let people = files.withoutEmail.map { "\($0.code) \($0.name.fullName)" }.joined(separator: ", ")
        printError(
            localized(
                "warning: left out \(number: files.withoutEmail.count) without an e-mail address, which Moodle "
                    + "needs to create a user: \(people)"))
    }
}
