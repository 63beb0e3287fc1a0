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

        @OptionGroup var filter: PersonFilterOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            let filter = self.filter.delegateFilter
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
