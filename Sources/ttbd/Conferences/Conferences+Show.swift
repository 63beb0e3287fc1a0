import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Conferences {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: inLanguage(
                en: "Show a conference: region, host, days, programme and invited bodies with their seats.",
                vi:
                    "Xem một hội nghị: vùng, tỉnh đăng cai, thời gian, chương trình và các cơ quan được mời cùng số chỗ."
            ))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let detail = try await database.withDatabase { try await $0.conferences.conference(code: conference.code) }
            switch format {
            case .json: try OutputFormat.printJSON(detail)
            case .text: print(Self.text(detail))
            }
        }

        static func text(_ detail: ConferenceDetail) -> String {
            let summary = detail.summary
            var header = TextTable("Mã hội nghị", summary.code)
            for (label, value) in [
                ("Tên", summary.title),
                ("Vùng", "\(summary.regionCode) \(summary.regionName)"),
                ("Tỉnh đăng cai", "\(summary.hostProvinceCode) \(summary.hostProvinceName)"),
                ("Nơi tổ chức", summary.venue),
                ("Thời gian", localized("\(day: summary.startsOn) to \(day: summary.endsOn)")),
                ("Số chỗ mỗi cơ quan", summary.seatsPerBody.map(String.init) ?? "—"),
            ] {
                header.append([label, value])
            }
            var programme = TextTable("Buổi", "Ngày", "Giờ", "Nội dung", "Người trình bày")
            for session in detail.sessions {
                programme.append([
                    String(session.number), CalendarDate(parsing: session.day)?.vietnamese ?? session.day,
                    "\(session.starts)–\(session.ends)", session.title, session.speaker ?? "—",
                ])
            }
            var bodies = TextTable("Mã tỉnh", "Cơ quan được mời", "Số chỗ", "Đã đăng ký")
            for invitation in detail.invitations {
                bodies.append([
                    invitation.provinceCode, invitation.body, invitation.seats.map(String.init) ?? "—",
                    String(invitation.registered),
                ])
            }
            let empty = localized("The programme has no session yet.")
            return [header.render(), detail.sessions.isEmpty ? empty : programme.render(), bodies.render()]
                .joined(separator: "\n\n")
        }
    }
}
