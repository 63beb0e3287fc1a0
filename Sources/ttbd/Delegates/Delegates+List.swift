import ArgumentParser
import TrainingModel
import TrainingStore

extension Delegate.BodyKind: ExpressibleByArgument {}

extension TTBD.Delegates {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
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

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        func validate() throws {
            if let limit, limit <= 0 { throw ValidationError("--limit must be positive, got \(limit)") }
        }

        func run() async throws {
            let filter = DelegateFilter(
                search: search, provinceCode: province, body: body, firstTime: firstTime ? true : nil, term: term,
                limit: limit)
            let records = try await database.withDatabase { try await $0.delegates(matching: filter) }
            switch format {
            case .json: try OutputFormat.printJSON(records)
            case .csv:
                print(
                    CSVWriter.line(["code", "full_name", "body", "province_code", "commune_code", "term", "first_time"])
                )
                for record in records {
                    let delegate = record.delegate
                    print(
                        CSVWriter.line([
                            delegate.code, delegate.fullName, delegate.body.rawValue, delegate.provinceCode ?? "",
                            delegate.communeCode ?? "", delegate.term, String(delegate.firstTime),
                        ]))
                }
            case .table:
                var table = TextTable("Mã", "Họ và tên", "Cơ quan", "Tỉnh", "Xã", "Nhiệm kỳ", "Lần đầu")
                for record in records {
                    let delegate = record.delegate
                    table.append([
                        delegate.code, delegate.fullName, record.bodyName, delegate.provinceCode ?? "",
                        delegate.communeCode ?? "", delegate.term, delegate.firstTime ? "x" : "",
                    ])
                }
                print(table.render())
                print("\(records.count) delegate\(records.count == 1 ? "" : "s")")
            }
        }
    }
}
