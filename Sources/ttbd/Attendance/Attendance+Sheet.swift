import ArgumentParser
import Foundation
import PrintedPages
import TrainingModel
import TrainingStore

extension TTBD.Attendance {
    struct Sheet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sheet",
            abstract: inLanguage(
                en: "Write the attendance sheet of a session: an HTML page to print on A4 with a column to sign.",
                vi: "Xuất bảng điểm danh của một buổi học: một trang HTML để in khổ A4, có cột ký tên."),
            discussion: inLanguage(
                en: "The cohort's delegates in Vietnamese name order; times in the venue's local time.",
                vi: "Đại biểu của nhóm xếp theo thứ tự tên tiếng Việt; giờ ghi theo giờ địa phương của địa điểm."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The session's id.", vi: "Số hiệu (id) của buổi học."))
        var session: Int

        @Option(
            help: .inLanguage(
                en: "Write the page to this file instead of standard output.",
                vi: "Ghi trang vào tệp này thay vì ra đầu ra chuẩn.",
                valueName: "sheet.html"))
        var output: String?

        func run() async throws {
            let session = session
            let (header, delegates) = try await database.withDatabase {
                try await $0.attendance.attendanceSheet(session: session)
            }
            let page = AttendanceSheetPage(session: header, delegates: delegates).render()
            guard let output else {
                print(page, terminator: "")
                return
            }
            try page.write(toFile: output, atomically: true, encoding: .utf8)
            printError(
                localized(
                    delegates.count == 1
                        ? "Wrote the attendance sheet of \(header.labelWording) to \(output) "
                            + "(\(number: delegates.count) delegate)."
                        : "Wrote the attendance sheet of \(header.labelWording) to \(output) "
                            + "(\(number: delegates.count) delegates)."))
        }
    }
}
