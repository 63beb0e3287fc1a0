import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension Delegate.BodyKind: ExpressibleByArgument {}

extension TTBD.Delegates {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List delegates, sorted by given name, middle name, family name.",
            discussion: "--search ignores accents and case: 'nguyen van an' finds 'Nguyễn Văn An'.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Part of the name, with or without accents.")
        var search: String?

        @Option(help: "Province code, e.g. 01.")
        var province: String?

        @Option(help: "national_assembly, province_council or commune_council.")
        var body: Delegate.BodyKind?

        @Flag(help: "Only delegates elected for the first time.")
        var firstTime = false

        @Option(help: "Term, e.g. 2026-2031.")
        var term: String?

        @Option(help: "Show at most this many.")
        var limit: Int?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if let limit, limit <= 0 { throw ValidationError("--limit must be positive, got \(limit)") }
            if let province, let problem = UnitCode.provinceProblem(province) {
                throw ValidationError("--province \(problem)")
            }
        }

        func run() async throws {
            let filter = DelegateFilter(
                search: search, provinceCode: province, body: body, firstTime: firstTime ? true : nil, term: term,
                limit: limit)
            let records = try await database.withDatabase { try await $0.delegates.delegates(matching: filter) }
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
