import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD.Me {
    /// `ttbd me attendance …`: a lecturer takes the attendance of the sessions they teach.
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: inLanguage(
                en: "Take the attendance of a session you teach.", vi: "Điểm danh một buổi học do bạn giảng dạy."),
            subcommands: [Mark.self])

        struct Mark: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "mark",
                abstract: inLanguage(
                    en: "Mark delegates present, late, excused or absent at a session you teach.",
                    vi: "Ghi nhận đại biểu có mặt, đi muộn, vắng có phép hoặc vắng ở một buổi học do bạn giảng dạy."),
                discussion: inLanguage(
                    en: """
                        The same rules as the staff's `ttbd attendance mark`: only delegates seated in the session's \
                        class, all marks or none (a refused one is named), marking again replaces the mark. \
                        `ttbd me sessions` lists your sessions' ids.
                        """,
                    vi: """
                        Theo cùng quy tắc với lệnh `ttbd attendance mark` của cán bộ Trung tâm: chỉ điểm danh đại \
                        biểu có chỗ trong lớp của buổi học; ghi tất cả hoặc không ghi gì (trường hợp bị từ chối được \
                        nêu tên); điểm danh lại thì thay kết quả cũ. `ttbd me sessions` liệt kê số hiệu (id) các \
                        buổi học của bạn.
                        """))

            @OptionGroup var service: ServiceOptions

            @Argument(help: .inLanguage(en: "The session's id.", vi: "Số hiệu (id) của buổi học."))
            var session: Int

            @OptionGroup var attendance: AttendanceMarks

            @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
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
