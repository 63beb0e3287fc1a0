import TrainingModel

/// A needs survey's demand as its page shows it: one line per topic and province, one column per month asked, each
/// count shaded by the quarter of the counts it falls in (`heat-1` the lowest quarter, `heat-4` the highest; `heat-0`
/// none), its number always written; and the provinces withheld.
struct SurveyDemandView: ConsoleView {
    struct Line: Sendable {
        let topic: String
        let topicTitle: String
        let province: String
        let cells: [Cell]
        let total: String
    }

    struct Cell: Sendable {
        let count: String
        let heat: Int
    }

    let frame: ConsoleFrame
    let code: String
    let title: String
    let months: [String]
    let lines: [Line]
    let hasLines: Bool
    let total: String
    let minimumGroup: String
    let withheld: [String]
    let hasWithheld: Bool

    init(_ demand: SurveyDemand, provinceNames: [String: String], frame: ConsoleFrame) {
        self.frame = frame
        code = demand.surveyCode
        title = demand.title
        let months = Set(demand.rows.map(\.month)).sorted()
        self.months = months
        let counts = demand.rows.map(\.count).sorted()
        // The rows come sorted by topic, province and month: each run of one topic and province is a line.
        var keys: [[String]] = []
        for row in demand.rows where keys.last != [row.topic, row.province] { keys.append([row.topic, row.province]) }
        let lines = keys.map { key in
            let rows = demand.rows.filter { [$0.topic, $0.province] == key }
            return Line(
                topic: rows[0].topic, topicTitle: rows[0].topicTitle, province: rows[0].provinceName,
                cells: months.map { month in
                    let count = rows.first { $0.month == month }?.count ?? 0
                    return Cell(count: VietnameseNumber.text(Double(count)), heat: Self.heat(count, among: counts))
                },
                total: VietnameseNumber.text(Double(rows.map(\.count).reduce(0, +))))
        }
        self.lines = lines
        hasLines = !lines.isEmpty
        total = VietnameseNumber.text(Double(counts.reduce(0, +)))
        minimumGroup = VietnameseNumber.text(Double(demand.minimumGroup))
        withheld = demand.withheldProvinces.map {
            $0.isEmpty ? frame.language.words(vi: "Chưa rõ tỉnh", en: "No province") : provinceNames[$0] ?? $0
        }
        hasWithheld = !withheld.isEmpty
    }

    /// The quarter of `counts` (sorted, each above zero) that `count` falls in, 1 to 4; 0 for none.
    static func heat(_ count: Int, among counts: [Int]) -> Int {
        guard count > 0, !counts.isEmpty else { return 0 }
        let below = counts.prefix { $0 < count }.count
        return 1 + min(3, below * 4 / counts.count)
    }
}
