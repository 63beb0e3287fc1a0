import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Programme: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "programme",
            abstract: inLanguage(
                en: "Replace a conference's programme with the sessions of a CSV or an .xlsx workbook, all or nothing.",
                vi: """
                    Thay chương trình hội nghị bằng các phiên trong một tệp CSV hoặc sổ tính .xlsx; ghi tất cả hoặc \
                    không ghi gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): day (Ngày), start (Bắt đầu), end (Kết thúc), \
                    title (Nội dung), speaker (Người trình bày, may be empty); a day as YYYY-MM-DD or DD/MM/YYYY, \
                    times as HH:MM in Vietnam's time. The file becomes the whole programme, numbered by day and \
                    start: a session already in the programme that starts on the same day at the same time is kept \
                    with its attendance and takes the file's end, title and speaker; the others are removed and the \
                    new ones added. If a session that would be removed has attendance, nothing is changed. Any bad \
                    cell means nothing is written (exit 65). --dry-run says what would change and writes nothing.
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, theo thứ tự bất kỳ): day (Ngày), start (Bắt đầu), \
                    end (Kết thúc), title (Nội dung), speaker (Người trình bày, có thể để trống); ngày dạng \
                    YYYY-MM-DD hoặc DD/MM/YYYY, giờ dạng HH:MM theo giờ Việt Nam. Tệp trở thành toàn bộ chương \
                    trình, đánh số theo ngày và giờ bắt đầu: phiên đã có trong chương trình bắt đầu cùng ngày, cùng \
                    giờ được giữ lại cùng kết quả điểm danh và nhận giờ kết thúc, nội dung, người trình bày theo \
                    tệp; các phiên khác bị xóa và phiên mới được thêm vào. Nếu một phiên sẽ bị xóa đã có điểm danh \
                    thì không thay đổi gì. Chỉ cần một ô sai là không ghi gì (mã thoát 65). --dry-run cho biết sẽ \
                    thay đổi gì mà không ghi gì.
                    """))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Argument(
            help: .inLanguage(
                en: "A CSV (UTF-8; comma or semicolon) or an .xlsx workbook.",
                vi: "Tệp CSV (UTF-8; phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính .xlsx."))
        var file: String

        @OptionGroup var sheet: SheetOption

        @Flag(
            help: .inLanguage(
                en: "Say what would change; write nothing.", vi: "Chạy thử: cho biết sẽ thay đổi gì, không ghi gì."))
        var dryRun = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let table = try TableData(path: file, sheet: sheet.sheet, expected: "a CSV or .xlsx file")
            let changes = try await table.reading { [file, dryRun, conference] data in
                try await database.withOperations {
                    try await $0.importConferenceProgramme(
                        conference: conference.code, data, file: file, dryRun: dryRun)
                }
            }
            switch format {
            case .json: try OutputFormat.printJSON(changes)
            case .text:
                let counts: Message =
                    "\(number: changes.added) new, \(number: changes.changed) changed, \(number: changes.unchanged) unchanged, \(number: changes.removed) removed"
                print(
                    localized(
                        dryRun
                            ? "Dry run: programme of conference \(conference.code) from \(file): \(counts); nothing was written."
                            : "Programme of conference \(conference.code) from \(file): \(counts)."))
            }
        }
    }
}
