import Spreadsheets
import TrainingModel
import TrainingStore

/// The completion report's columns, for the command line's table, CSV and workbook and the console's downloads.
extension CompletionReport {
    /// The key column is for scripts when it says no more than the label (`true` beside "trúng cử lần đầu");
    /// the label's heading names what the lines are.
    public static func columns(by grouping: CompletionGrouping) -> [ListColumn<CompletionReport.Line>] {
        let heading =
            switch grouping {
            case .province: "Tỉnh, thành phố"
            case .body: "Cơ quan dân cử"
            case .firstTime: "Đại biểu"
            }
        return [
            ListColumn("Mã", csv: "key", { grouping == .firstTime ? "" : $0.key.peopleKey }, csvCell: { $0.key }),
            ListColumn(heading, csv: "label") { $0.label },
        ] + counts
    }

    static let counts: [ListColumn<CompletionReport.Line>] = [
        ListColumn("Ghi danh", csv: "seated", as: .number) { String($0.seated) },
        ListColumn("Hoàn thành", csv: "completed", as: .number) { String($0.completed) },
        ListColumn("Tỷ lệ", csv: "completion_rate", as: .percent, { $0.completionRate.missingShareText }) {
            $0.completionRate.fractionText
        },
    ]
}
