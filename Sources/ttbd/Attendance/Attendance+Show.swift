import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Attendance {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: inLanguage(
                en: "List the delegates of a session and their marks, in Vietnamese name order.",
                vi: "Liệt kê đại biểu của một buổi học và kết quả điểm danh, theo thứ tự tên tiếng Việt."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The session's id.", vi: "Số hiệu (id) của buổi học."))
        var session: Int

        @OptionGroup var output: ListOutput

        func run() async throws {
            let session = session
            let (header, marks) = try await database.withDatabase {
                try await $0.attendance.attendanceMarks(session: session)
            }
            if output.format == .table {
                let line: Message =
                    switch header.status {
                    case .planned: "\(header.labelWording), planned"
                    case .held: "\(header.labelWording), held"
                    case .cancelled: "\(header.labelWording), cancelled"
                    }
                print(localized(line))
            }
            try output.print(marks, columns: Self.columns, title: "Điểm danh buổi học", noun: "delegate")
        }

        static let columns: [ListColumn<AttendanceMark>] = [
            ListColumn("Mã", csv: "code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn(
                "Điểm danh", csv: "status", { $0.status?.vietnamese ?? "—" }, csvCell: { $0.status?.rawValue ?? "" }),
            ListColumn(
                "Giờ đến", csv: "checked_in_at", { $0.checkedInAt?.vietnameseDayAndTime ?? "" },
                csvCell: { $0.checkedInAt ?? "" }),
        ]
    }
}
