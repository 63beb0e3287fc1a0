import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: inLanguage(
                en: "Open a regional conference and invite the HĐND of every province of its region.",
                vi: "Mở một hội nghị vùng và mời HĐND của mọi tỉnh, thành phố trong vùng."),
            discussion: inLanguage(
                en: """
                    Without --host, the host is the next province of the region's rotation (see `conferences \
                    rotation`): one that never hosted, in the order of regions.yaml, else the one that hosted least \
                    recently. --dry-run shows the conference it would open and writes nothing.
                    """,
                vi: """
                    Không có --host thì nơi đăng cai là tỉnh kế tiếp theo vòng luân phiên của vùng (xem `conferences \
                    rotation`): tỉnh chưa đăng cai lần nào, theo thứ tự trong regions.yaml, nếu không thì tỉnh đăng cai \
                    lâu nhất. --dry-run cho xem hội nghị sẽ mở mà không ghi gì.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(en: "The conference's code, e.g. HN-DBSH-2026.", vi: "Mã hội nghị, ví dụ HN-DBSH-2026."))
        var code: String

        @Option(help: .inLanguage(en: "Its title.", vi: "Tên hội nghị."))
        var title: String

        @Option(help: .inLanguage(en: "The region's code, e.g. DBSH.", vi: "Mã vùng, ví dụ DBSH."))
        var region: String

        @Option(
            help: .inLanguage(
                en: "The host province's code; default: the rotation's next.",
                vi: "Mã tỉnh đăng cai; mặc định: tỉnh kế tiếp theo vòng luân phiên."))
        var host: String?

        @Option(help: .inLanguage(en: "Where it is held.", vi: "Nơi tổ chức."))
        var venue: String

        @Option(help: .inLanguage(en: "The first day.", vi: "Ngày bắt đầu.", valueName: "YYYY-MM-DD"))
        var from: String

        @Option(help: .inLanguage(en: "The last day.", vi: "Ngày kết thúc.", valueName: "YYYY-MM-DD"))
        var to: String

        @Option(
            help: .inLanguage(
                en: "Delegates each invited body may register; default: no limit.",
                vi: "Số đại biểu mỗi cơ quan được mời được đăng ký; mặc định: không giới hạn."))
        var seatsPerBody: Int?

        @Flag(
            help: .inLanguage(en: "Show what would be opened; write nothing.", vi: "Chạy thử: cho xem, không ghi gì."))
        var dryRun = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            _ = try newConference()
        }

        func newConference() throws -> NewConference {
            let first = try CalendarDate.argument(from, "--from")!
            let last = try CalendarDate.argument(to, "--to")!
            guard first <= last else {
                throw ValidationError(localized("--to \(day: last) is before --from \(day: first)"))
            }
            if let seatsPerBody, seatsPerBody <= 0 {
                throw ValidationError(localized("--seats-per-body must be positive, got \(seatsPerBody)"))
            }
            try TTBD.Conferences.requireText(title, "--title")
            try TTBD.Conferences.requireText(venue, "--venue")
            return NewConference(
                code: code, title: title.precomposedStringWithCanonicalMapping, region: region, hostProvince: host,
                venue: venue.precomposedStringWithCanonicalMapping, startsOn: first, endsOn: last,
                seatsPerBody: seatsPerBody)
        }

        func run() async throws {
            let new = try newConference()
            let opened = try await database.withOperations { try await $0.openConference(new, dryRun: dryRun) }
            switch format {
            case .json: try OutputFormat.printJSON(opened)
            case .text:
                let days: Message = "\(day: opened.startsOn) to \(day: opened.endsOn)"
                let sentence: Message =
                    "conference \(opened.code) of region \(opened.regionName), hosted by \(opened.hostProvinceName) at \(opened.venue), \(days); \(number: opened.bodiesInvited) bodies invited"
                print(
                    localized(dryRun ? "Dry run: would open \(sentence); nothing was written." : "Opened \(sentence)."))
            }
        }
    }
}
