import ArgumentParser
import PostgresInfrastructure

@main
struct TTBD: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ttbd",
        abstract: "Run the training of elected representatives: catalog, delegates, classes, schedules.",
        discussion: """
            With no DATABASE_URL, ttbd keeps a private PostgreSQL under $TTBD_HOME and starts it on demand.
            """,
        version: "0.1.0",
        subcommands: [
            Database.self, Catalog.self, Delegates.self, Schedule.self, Plan.self, Report.self, Audit.self,
            Venues.self, Rooms.self, Lecturers.self, Sessions.self, Classes.self, Enroll.self, Withdraw.self,
            Attendance.self, Certificates.self, Materials.self, Outbox.self, Serve.self, Login.self, Logout.self,
            Me.self,
            Users.self, Tokens.self,
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
