import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Delegates {
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: inLanguage(
                en: """
                    One delegate's history, oldest first: record changes, enrollments, attendance, certificates, \
                    waivers.
                    """,
                vi: """
                    Lịch sử của một đại biểu, cũ nhất lên đầu: thay đổi hồ sơ, ghi danh, điểm danh, giấy chứng nhận, \
                    miễn điều kiện.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var code: String

        @OptionGroup var output: ListOutput

        func run() async throws {
            let entries = try await database.withDatabase { [code] in try await $0.delegates.history(code: code) }
            try output.print(entries, columns: Self.columns, title: "Lịch sử của đại biểu", noun: "event")
        }

        static let columns: [ListColumn<DelegateHistoryEntry>] = [
            ListColumn("Lúc", csv: "at", { $0.at.formatted(.vietnamTime) }, csvCell: { $0.at.ISO8601Format() }),
            ListColumn("Loại", csv: "kind") { $0.kind.rawValue },
            ListColumn("Lớp", csv: "class") { $0.classCode ?? "" },
            ListColumn("Nội dung", csv: "detail", { localized($0.wording) }, csvCell: { $0.detail }),
            ListColumn("Người", csv: "actor") { $0.actor ?? "" },
        ]
    }
}
