import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Attendance {
    struct Mark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: inLanguage(
                en: "Mark delegates present, late, excused or absent at a session; marking again replaces the mark.",
                vi: """
                    Điểm danh đại biểu tại một buổi học: có mặt, đi muộn, vắng có phép hoặc vắng; điểm danh lại thì \
                    thay mức đã ghi.
                    """),
            discussion: inLanguage(
                en: """
                    Only delegates enrolled in the session's class can be marked: one who is not refuses the whole \
                    marking (exit 65) and nothing is written.
                    """,
                vi: """
                    Chỉ điểm danh được đại biểu đã ghi danh vào lớp của buổi học: có một đại biểu không thuộc lớp thì \
                    cả lần điểm danh bị từ chối (mã thoát 65) và không ghi gì.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The session's id.", vi: "Số hiệu (id) của buổi học."))
        var session: Int

        @OptionGroup var attendance: AttendanceMarks

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let marks = try attendance.marks()
            let session = session
            let changes = try await database.withOperations {
                try await $0.markAttendance(session: session, marks: marks)
            }
            switch format {
            case .json: try OutputFormat.printJSON(changes)
            case .text:
                print(AttendanceMarks.summary(marks.count, session: session, changes))
            }
        }
    }
}
