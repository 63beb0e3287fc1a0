import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD.Me {
    /// `ttbd me attendance …`: a lecturer takes the attendance of the sessions they teach.
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance", abstract: "Take the attendance of a session you teach.",
            subcommands: [Mark.self])

        struct Mark: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "mark",
                abstract: "Mark delegates present, late, excused or absent at a session you teach.",
                discussion: """
                    The same rules as the staff's `ttbd attendance mark`: only delegates seated in the session's \
                    class, all marks or none (a refused one is named), marking again replaces the mark. \
                    `ttbd me sessions` lists your sessions' ids.
                    """)

            @OptionGroup var service: ServiceOptions

            @Argument(help: "The session's id.")
            var session: Int

            @OptionGroup var attendance: AttendanceMarks

            @Option(help: "text or json.")
            var format: OutputFormat = .text

            func run() async throws {
                let marks = try attendance.marks()
                let body = try JSONEncoder().encode(
                    Register(marks: marks.sorted { $0.key < $1.key }.map { .init(delegate: $0.key, status: $0.value) }))
                try await ClientError.reporting {
                    let answer = try await service.client().send(
                        "PUT", "/v1/sessions/\(session)/attendance", body: body)
                    let changes = try JSONDecoder().decode(ChangeCounts.self, from: answer)
                    switch format {
                    case .json: try OutputFormat.printJSON(changes)
                    case .text: print(AttendanceMarks.summary(marks.count, session: session, changes))
                    }
                }
            }

            /// The body of `PUT /v1/sessions/{id}/attendance`.
            struct Register: Encodable {
                struct Mark: Encodable {
                    var delegate: String
                    var status: AttendanceStatus
                }
                var marks: [Mark]
            }
        }
    }
}
