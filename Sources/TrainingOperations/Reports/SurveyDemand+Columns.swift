public import Spreadsheets
public import TrainingModel

/// The demand's columns, for the command line's table, CSV and workbook and the console's downloads.
extension SurveyDemand {
    public static let columns: [ListColumn<SurveyDemand.Row>] = [
        ListColumn("Chuyên đề", csv: "topic") { $0.topic },
        ListColumn("Tên chuyên đề", csv: "topic_title") { $0.topicTitle },
        ListColumn("Tỉnh", csv: "province") { $0.province },
        ListColumn("Tên tỉnh", csv: "province_name") { $0.provinceName },
        ListColumn("Tháng", csv: "month") { $0.month },
        ListColumn("Số lượt chọn", csv: "count", as: .number) { String($0.count) },
    ]

    /// The line under the rows: every choice counted, and how many provinces are withheld.
    public func totalRow(in language: Language) -> Row {
        Row(
            topic: "", topicTitle: Message("withheld provinces: \(number: withheldProvinces.count)").text(in: language),
            province: "", provinceName: "", month: "", count: rows.map(\.count).reduce(0, +))
    }
}
