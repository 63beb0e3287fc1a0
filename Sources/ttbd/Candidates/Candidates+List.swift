import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Candidates {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List candidates, sorted by given name, middle name, family name, with the delegate each became.",
                vi: "Liệt kê người ứng cử, xếp theo tên, tên đệm, rồi đến họ, kèm đại biểu mà mỗi người đã trở thành."))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(
                en: "Part of the name, with or without accents.",
                vi: "Một phần của họ tên, có dấu hoặc không dấu."))
        var search: String?

        @Option(help: .inLanguage(en: "Province code, e.g. 01.", vi: "Mã tỉnh, ví dụ 01."))
        var province: String?

        @Option(
            help: .inLanguage(
                en: "The body they stand for: national_assembly, province_council or commune_council.",
                vi: """
                    Cơ quan dân cử ứng cử: national_assembly (Quốc hội), province_council (HĐND tỉnh) hoặc \
                    commune_council (HĐND xã).
                    """))
        var body: Delegate.BodyKind?

        @Option(help: .inLanguage(en: "Term, e.g. 2026-2031.", vi: "Nhiệm kỳ, ví dụ 2026-2031."))
        var term: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if let province, let problem = UnitCode.provinceProblem(province) {
                throw ValidationError(localized("--province \(problem)"))
            }
        }

        func run() async throws {
            let filter = DelegateFilter(search: search, provinceCode: province, body: body, term: term)
            let records = try await database.withDatabase { try await $0.delegates.candidates(matching: filter) }
            try output.print(records, columns: Self.columns, title: "Danh sách người ứng cử", noun: "candidate")
        }

        static let columns: [ListColumn<CandidateRecord>] = [
            ListColumn("Mã", csv: "code") { $0.record.delegate.code },
            ListColumn("Họ và tên", csv: "full_name") { $0.record.delegate.fullName },
            ListColumn("Ứng cử", csv: "body", { $0.record.bodyName }, csvCell: { $0.record.delegate.body.rawValue }),
            ListColumn("Tỉnh", csv: "province_code") { $0.record.delegate.provinceCode ?? "" },
            ListColumn("Xã", csv: "commune_code") { $0.record.delegate.communeCode ?? "" },
            ListColumn("Nhiệm kỳ", csv: "term") { $0.record.delegate.term },
            ListColumn("Đại biểu", csv: "delegate_code") { $0.linkedDelegate?.code ?? "" },
        ]
    }
}
