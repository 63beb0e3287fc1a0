import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Classes {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: inLanguage(
                en: "Open a class of a program, at a venue or online, with its cohorts N1…Nk.",
                vi: "Mở một lớp của một chương trình, tại một địa điểm hoặc học trực tuyến, với các nhóm N1…Nk."),
            discussion: inLanguage(
                en: """
                    The modules must belong to the program (default: all of them), the venue must exist, and the \
                    window must lie in the program's term.
                    """,
                vi: """
                    Các chuyên đề phải thuộc chương trình (mặc định: tất cả chuyên đề của chương trình), địa điểm phải \
                    tồn tại, và thời gian của lớp phải nằm trong nhiệm kỳ của chương trình.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The class's code, e.g. B-HN-01.", vi: "Mã lớp, ví dụ B-HN-01."))
        var code: String

        @Option(help: .inLanguage(en: "The program's code, e.g. CT-B.", vi: "Mã chương trình, ví dụ CT-B."))
        var curriculum: String

        @Option(
            help: .inLanguage(
                en: "Only these modules of the program, comma-separated.",
                vi: "Chỉ các chuyên đề này của chương trình, cách nhau bằng dấu phẩy.",
                valueName: "A01,A02"))
        var modules: String?

        @Option(
            help: .inLanguage(
                en: "How many delegates get a seat; the others are wait-listed.",
                vi: "Số đại biểu được nhận chỗ; những người còn lại vào danh sách chờ."))
        var capacity: Int

        @Option(help: .inLanguage(en: "The venue's code.", vi: "Mã địa điểm."))
        var venue: String?

        @Flag(help: .inLanguage(en: "Held online, at no venue.", vi: "Học trực tuyến, không có địa điểm."))
        var online = false

        @Option(help: .inLanguage(en: "The first day.", vi: "Ngày bắt đầu.", valueName: "YYYY-MM-DD"))
        var from: String

        @Option(help: .inLanguage(en: "The last day.", vi: "Ngày kết thúc.", valueName: "YYYY-MM-DD"))
        var to: String

        @Option(
            help: .inLanguage(
                en: """
                    Who the class is for, on top of the program's audience: tokens such as first-time or \
                    council+full-time, comma-separated.
                    """,
                vi: """
                    Đối tượng của lớp, áp dụng thêm trên đối tượng của chương trình: các từ khóa như first-time hoặc \
                    council+full-time, cách nhau bằng dấu phẩy.
                    """,
                valueName: "first-time,…"))
        var audience: String?

        @Option(help: .inLanguage(en: "How many cohorts (N1, N2, …).", vi: "Số nhóm (N1, N2, …)."))
        var cohorts = 1

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            _ = try newClass()
        }

        /// The class the options describe, or the usage error that says what is wrong with them.
        func newClass() throws -> NewClass {
            guard (venue != nil) != online else {
                throw ValidationError(localized("give either --venue CODE or --online"))
            }
            guard capacity > 0 else { throw ValidationError(localized("--capacity must be positive, got \(capacity)")) }
            guard (1...capacity).contains(cohorts) else {
                throw ValidationError(
                    localized("--cohorts must be from 1 to the capacity (\(capacity)), got \(cohorts)"))
            }
            let first = try CalendarDate.argument(from, "--from")!
            let last = try CalendarDate.argument(to, "--to")!
            guard first <= last else {
                throw ValidationError(localized("--to \(day: last) is before --from \(day: first)"))
            }
            let tokens = commaSeparated(audience)
            let parsedAudience: Audience
            do {
                parsedAudience = try Audience(parsing: tokens)
            } catch {
                throw ValidationError(localized("--audience: \(error.wording)"))
            }
            return NewClass(
                code: code, program: curriculum, modules: commaSeparated(modules), capacity: capacity, venue: venue,
                startsOn: first, endsOn: last, audience: parsedAudience, cohorts: cohorts)
        }

        func run() async throws {
            let new = try newClass()
            let created = try await database.withOperations { try await $0.createClass(new) }
            switch format {
            case .json: try OutputFormat.printJSON(created)
            case .text:
                let place: Message = created.venue.map { "at \($0)" } ?? "online"
                let cohorts = (1...new.cohorts).map { "N\($0)" }.joined(separator: ", ")
                let days: Message = "\(day: created.startsOn) to \(day: created.endsOn)"
                print(
                    localized(
                        "Created class \(created.code) of \(created.program) \(place), \(days), capacity \(number: created.capacity), cohorts \(cohorts)."
                    ))
            }
        }
    }
}
