import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Conferences {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: inLanguage(
                en: "What a conference gathered: bodies invited, registered and present, per province or per session.",
                vi: "Kết quả hội nghị: số cơ quan được mời, đăng ký và có mặt, theo tỉnh hoặc theo phiên."))

        enum Subject: String, ExpressibleByArgument, CaseIterable {
            case province, session
        }

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(help: .inLanguage(en: "province or session.", vi: "province (theo tỉnh) hoặc session (theo phiên)."))
        var by: Subject = .province

        @OptionGroup var output: ListOutput

        func run() async throws {
            let report = try await database.withDatabase { try await $0.conferences.report(code: conference.code) }
            switch by {
            case .province:
                let totals = report.totals
                let total = ConferenceReport.Province(
                    provinceCode: "", body: localized("Total"), seats: nil, registered: totals.delegatesRegistered,
                    attended: totals.delegatesAttended)
                try output.print(
                    report, lines: report.provinces, total: total, columns: Self.provinceColumns,
                    title: "Báo cáo hội nghị theo tỉnh", noun: "body invited", plural: "bodies invited")
                if output.format == .table {
                    print(
                        localized(
                            "Bodies: \(number: totals.bodiesInvited) invited, \(number: totals.bodiesRegistered) registered, \(number: totals.bodiesAttended) attended."
                        ))
                }
            case .session:
                try output.print(
                    report.sessions, columns: Self.sessionColumns, title: "Báo cáo hội nghị theo phiên",
                    noun: "programme session")
            }
        }

        static let provinceColumns: [ListColumn<ConferenceReport.Province>] = [
            ListColumn("Mã tỉnh", csv: "province") { $0.provinceCode },
            ListColumn("Cơ quan", csv: "body") { $0.body },
            ListColumn("Số chỗ", csv: "seats", as: .number) { $0.seats.map(String.init) ?? "" },
            ListColumn("Đã đăng ký", csv: "registered", as: .number) { String($0.registered) },
            ListColumn("Có mặt", csv: "attended", as: .number) { String($0.attended) },
        ]

        static let sessionColumns: [ListColumn<ConferenceReport.Session>] = [
            ListColumn("Buổi", csv: "session", as: .identifier) { String($0.number) },
            ListColumn("Nội dung", csv: "title") { $0.title },
            ListColumn("Đại biểu có mặt", csv: "attended", as: .number) { String($0.attended) },
            ListColumn("Cơ quan có mặt", csv: "bodies_present", as: .number) { String($0.bodiesPresent) },
        ]
    }
}
