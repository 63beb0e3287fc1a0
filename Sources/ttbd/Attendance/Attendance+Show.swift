import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Attendance {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "List the delegates of a session and their marks, in Vietnamese name order.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id.")
        var session: Int

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        func run() async throws {
            let session = session
            let (header, marks) = try await database.withDatabase {
                try await $0.attendance.attendanceMarks(session: session)
            }
            if format == .table { print("\(header.label), \(header.status)") }
            try format.print(marks, columns: Self.columns, noun: "delegate")
        }

        static let columns: [ListColumn<AttendanceMark>] = [
            ListColumn("Mã", csv: "code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn(
                "Điểm danh", csv: "status", { $0.status?.vietnamese ?? "—" }, csvCell: { $0.status?.rawValue ?? "" }),
            ListColumn("Giờ đến", csv: "checked_in_at") { $0.checkedInAt ?? "" },
        ]
    }
}
