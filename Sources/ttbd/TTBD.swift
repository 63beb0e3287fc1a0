import ArgumentParser
import PostgresInfrastructure

@main
struct TTBD: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ttbd",
        abstract: inLanguage(
            en: "Run the training of elected representatives: catalog, delegates, classes, schedules.",
            vi: "Quản lý công tác bồi dưỡng đại biểu dân cử: danh mục, đại biểu, lớp, lịch học."),
        discussion: inLanguage(
            en: "With no DATABASE_URL, ttbd keeps a private PostgreSQL under $TTBD_HOME and starts it on demand.",
            vi: "Khi không đặt DATABASE_URL, ttbd dùng một PostgreSQL riêng trong $TTBD_HOME và tự khởi động khi cần."),
        version: "0.1.0",
        subcommands: [
            Database.self, Catalog.self, Delegates.self, Candidates.self, Schedule.self, Plan.self, Report.self,
            Audit.self, Venues.self, Rooms.self, Lecturers.self, Sessions.self, Classes.self, Conferences.self,
            Surveys.self, Enroll.self, Withdraw.self, Attendance.self, Certificates.self, Materials.self, Outbox.self,
            Serve.self, Login.self, Logout.self, Me.self, Users.self, Tokens.self, Export.self, ImportFile.self,
        ]
    )

    /// Runs the command and turns every error into one line on stderr and the exit code of its kind.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(with: error)
        }
    }
}
