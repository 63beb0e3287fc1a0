import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Classes {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: inLanguage(
                en: "Show a class: program, venue, seats, cohorts, modules, sessions and attendance rate.",
                vi: "Xem một lớp: chương trình, địa điểm, số chỗ, nhóm, chuyên đề, buổi học và tỷ lệ chuyên cần."),
            discussion: inLanguage(
                en: "The attendance rate is sessions attended (present or late) over those expected, of held sessions.",
                vi: """
                    Tỷ lệ chuyên cần là số lượt dự (có mặt hoặc đi muộn) trên số lượt phải dự, tính trên các buổi đã \
                    học.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            guard let detail = try await database.withDatabase({ try await $0.classes.classDetail(code: code) }) else {
                throw StoreError.noClass(code)
            }
            switch format {
            case .json: try OutputFormat.printJSON(detail)
            case .text: print(Self.text(detail))
            }
        }

        /// Labels and values in two aligned columns.
        static func text(_ detail: ClassDetail) -> String {
            let summary = detail.summary
            let venue = summary.venue.map { code in detail.venueName.map { "\(code) \($0)" } ?? code } ?? "trực tuyến"
            let sessions = detail.sessions
            let rate = detail.attendanceRate.map { rate -> Message in
                let percent = String(format: "%.1f", rate * 100)
                let shown = TTBD.language == .vietnamese ? percent.replacingOccurrences(of: ".", with: ",") : percent
                return
                    "\(shown)% (\(number: detail.attendedSessions) of \(number: detail.expectedSessions) expected)"
            }
            var table = TextTable("Mã lớp", summary.code)
            let rows: [(String, String?)] = [
                ("Chương trình", "\(summary.program) \(detail.programTitle)"),
                ("Địa điểm", venue),
                ("Thời gian", "\(summary.startsOn) – \(summary.endsOn)"),
                ("Trạng thái", summary.status),
                ("Đối tượng", detail.audience.isEmpty ? "—" : detail.audience.joined(separator: ", ")),
                ("Số chỗ", String(summary.capacity)),
                ("Đã ghi danh", String(summary.enrolled)),
                ("Danh sách chờ", String(summary.waitlisted)),
                (
                    "Dành riêng",
                    detail.reservations.isEmpty
                        ? nil : detail.reservations.map { localized($0.wording) }.joined(separator: "; ")
                ),
                ("Nhóm", detail.cohorts.map { "\($0.code) (\($0.members))" }.joined(separator: ", ")),
                ("Chuyên đề", detail.modules.joined(separator: ", ")),
                (
                    "Buổi học",
                    localized(
                        "\(number: sessions.planned) planned, \(number: sessions.held) held, "
                            + "\(number: sessions.cancelled) cancelled")
                ),
                ("Chuyên cần", localized(rate ?? "— (no session held yet)")),
            ]
            for case (let label, let value?) in rows {
                table.append([label, value])
            }
            return table.render()
        }
    }
}
