import ArgumentParser
import Spreadsheets

extension TTBD.Export {
    struct Canvas: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "canvas",
            abstract: inLanguage(
                en: "Write courses.csv, sections.csv, users.csv and enrollments.csv for Canvas's SIS import.",
                vi: "Ghi courses.csv, sections.csv, users.csv và enrollments.csv cho chức năng SIS Import của Canvas."),
            discussion: inLanguage(
                en: """
                    The class is the course (its code the SIS course_id), each cohort a section, each delegate a user \
                    whose SIS user_id is their code; lecturers with a ttbd account are teachers. Withdrawn delegates' \
                    enrollments are deleted, completed ones read-only. Upload the files one by one or zipped together \
                    (Admin > SIS Import).
                    """,
                vi: """
                    Lớp là khóa học (mã lớp là course_id của SIS), mỗi nhóm là một section, mỗi đại biểu là một \
                    người dùng có user_id là mã đại biểu; giảng viên có tài khoản ttbd được ghi danh là giáo viên. \
                    Ghi danh của đại biểu đã rút được xóa, của đại biểu đã hoàn thành chỉ còn quyền xem. Tải từng tệp \
                    lên hoặc nén chung thành một tệp zip (Admin > SIS Import).
                    """))

        @OptionGroup var options: PlatformExportOptions

        func run() async throws {
            try await options.write(CanvasExport.export)
        }
    }
}
