import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension Delegate.BodyKind: ExpressibleByArgument {}

extension TTBD.Delegates {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List delegates, sorted by given name, middle name, family name.",
                vi: "Liệt kê đại biểu, xếp theo tên, tên đệm, rồi đến họ."),
            discussion: inLanguage(
                en: "--search ignores accents and case: 'nguyen van an' finds 'Nguyễn Văn An'.",
                vi: """
                    --search không phân biệt có dấu hay không dấu, chữ hoa hay chữ thường: 'nguyen van an' tìm được \
                    'Nguyễn Văn An'.
                    """))

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var filter: PersonFilterOptions

        @Flag(
            help: .inLanguage(
                en: "Only delegates elected for the first time.",
                vi: "Chỉ các đại biểu trúng cử lần đầu."))
        var firstTime = false

        @Option(help: .inLanguage(en: "Show at most this many.", vi: "Số mục hiển thị tối đa."))
        var limit: Int?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if let limit, limit <= 0 { throw ValidationError(localized("--limit must be positive, got \(limit)")) }
        }

        func run() async throws {
            var filter = self.filter.delegateFilter
            filter.firstTime = firstTime ? true : nil
            filter.limit = limit
            let records = try await database.withDatabase { [filter] in
                try await $0.delegates.delegates(matching: filter)
            }
            try output.print(records, columns: Self.columns, title: "Danh sách đại biểu", noun: "delegate")
        }

        static let columns: [ListColumn<DelegateRecord>] = [
            ListColumn("Mã", csv: "code") { $0.delegate.code },
            ListColumn("Họ và tên", csv: "full_name") { $0.delegate.fullName },
            ListColumn("Cơ quan", csv: "body", { $0.bodyName }, csvCell: { $0.delegate.body.rawValue }),
            ListColumn("Tỉnh", csv: "province_code") { $0.delegate.provinceCode ?? "" },
            ListColumn("Xã", csv: "commune_code") { $0.delegate.communeCode ?? "" },
            ListColumn("Nhiệm kỳ", csv: "term") { $0.delegate.term },
            ListColumn(
                "Lần đầu", csv: "first_time", { $0.delegate.firstTime ? "x" : "" },
                csvCell: { String($0.delegate.firstTime) }),
        ]
    }
}
