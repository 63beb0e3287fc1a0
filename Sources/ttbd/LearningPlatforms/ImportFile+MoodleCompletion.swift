import ArgumentParser
import Foundation
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.ImportFile {
    struct MoodleCompletion: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moodle-completion",
            abstract: inLanguage(
                en: "Mark an online module done for the delegates who completed its Moodle course, all or nothing.",
                vi: """
                    Ghi nhận hoàn thành một chuyên đề học trực tuyến cho các đại biểu đã hoàn thành khóa học tương \
                    ứng trên Moodle, ghi tất cả hoặc không ghi gì.
                    """),
            discussion: inLanguage(
                en: """
                    FILE is the course completion report as Moodle downloads it (Reports > Course completion > \
                    Download in spreadsheet format, UTF-8 .csv), with English headers and ID number, Username or \
                    Email address among the user identity fields. Each delegate whose course is complete is marked \
                    present at every session of the module in their class, so that completion and certificates count \
                    it once the sessions are held (closed). Every user must be a delegate; every one who completed \
                    must be seated in the class (--class, or the only class teaching the module). Any bad row: exit \
                    65, each problem as file:line:column, nothing written.
                    """,
                vi: """
                    FILE là báo cáo hoàn thành khóa học tải từ Moodle (Báo cáo > Hoàn thành khóa học > Tải về dạng \
                    bảng tính, tệp .csv UTF-8), tiêu đề cột tiếng Anh, trong các trường nhận diện người dùng có ID \
                    number, Username hoặc Email address. Mỗi đại biểu đã hoàn thành khóa học được điểm danh có mặt \
                    ở mọi buổi học của chuyên đề trong lớp của mình, để kết quả hoàn thành và giấy chứng nhận tính \
                    đến khi các buổi đó đã kết thúc (đóng điểm danh). Mọi người dùng trong tệp phải là đại biểu; mọi \
                    người đã hoàn thành phải đang có chỗ trong lớp (--class, hoặc lớp duy nhất dạy chuyên đề đó). Có \
                    dòng sai: mã thoát 65, mỗi lỗi báo dạng file:line:column (tệp:dòng:cột), không ghi gì.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "Moodle's course completion report (CSV).", vi: "Báo cáo hoàn thành khóa học của Moodle (CSV)."))
        var file: String

        @Option(
            help: .inLanguage(
                en: "The module the Moodle course teaches online, e.g. B01.",
                vi: "Chuyên đề mà khóa học Moodle dạy trực tuyến, ví dụ B01."))
        var module: String

        @Option(
            name: .customLong("class"),
            help: .inLanguage(
                en: "The class whose delegates took the course (default: each delegate's class teaching the module).",
                vi: "Lớp có các đại biểu học khóa này (mặc định: lớp của từng đại biểu có dạy chuyên đề đó)."))
        var classCode: String?

        @Flag(
            name: .customLong("dry-run"),
            help: .inLanguage(
                en: "Check the report and say what would change, writing nothing.",
                vi: "Kiểm tra báo cáo và cho biết sẽ thay đổi những gì, không ghi gì."))
        var dryRun = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let data = try InputFile.contents(of: file, expected: "Moodle's course completion report (CSV)")
            let report = try MoodleCompletionReader(file: file).read(data)
            let (file, module, classCode, dryRun) = (file, module, classCode, dryRun)
            let result = try await database.withOperations {
                try await $0.importMoodleCompletion(
                    report, file: file, module: module, classCode: classCode, dryRun: dryRun, now: Date())
            }
            switch format {
            case .json: try OutputFormat.printJSON(result)
            case .text:
                let classes = result.classes.isEmpty ? "-" : result.classes.joined(separator: ", ")
                let summary: Message =
                    """
                    module \(result.module) done for \(number: result.completed) of \(number: result.users) users \
                    (classes \(classes)); present marks: \(number: result.marks.added) new, \
                    \(number: result.marks.changed) raised, \(number: result.marks.unchanged) already present
                    """
                print(
                    localized(
                        dryRun
                            ? "Dry run of \(file): \(summary); nothing was written."
                            : "Imported \(file): \(summary)."))
            }
        }
    }
}
