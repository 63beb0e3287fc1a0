/// What a needs survey says delegates want: for each topic, province and month, how many chose both the topic and
/// the month. A province with fewer answers than the minimum is withheld (see ``SurveyPrivacy/withheld(_:minimum:)``).
public struct SurveyDemand: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        public var topic: String
        public var topicTitle: String
        public var province: String
        public var provinceName: String
        public var month: String
        public var count: Int

        public init(
            topic: String, topicTitle: String, province: String, provinceName: String, month: String, count: Int
        ) {
            self.topic = topic
            self.topicTitle = topicTitle
            self.province = province
            self.provinceName = provinceName
            self.month = month
            self.count = count
        }
    }

    public var surveyCode: String
    public var title: String
    public var minimumGroup: Int
    public var rows: [Row]
    /// Provinces whose answers are withheld (empty text for delegates of no province).
    public var withheldProvinces: [String]

    /// The demand of `survey` from its released answers (by province), or `nil` when the survey asks no topic or no
    /// month question.
    public init?(
        survey: Survey, minimumGroup asked: Int, answers: [SurveyEvidence.Answer], provinceNames: [String: String]
    ) {
        guard let topics = survey.topicQuestion, let months = survey.monthQuestion else { return nil }
        let minimum = max(asked, SurveyPrivacy.minimumGroup)
        let byProvince = Dictionary(grouping: answers) { $0.provinceCode ?? "" }
        let withheld = SurveyPrivacy.withheld(byProvince.mapValues(\.count), minimum: minimum)
        var counts: [[String]: Int] = [:]
        for (province, answers) in byProvince where !withheld.contains(province) {
            for answer in answers {
                for topic in Self.codes(answer.answers[topics.code]) {
                    for month in Self.codes(answer.answers[months.code]) {
                        counts[[topic, province, month], default: 0] += 1
                    }
                }
            }
        }
        let titles = Dictionary(topics.choices.map { ($0.code, $0.text) }, uniquingKeysWith: { first, _ in first })
        surveyCode = survey.code
        title = survey.title
        minimumGroup = minimum
        withheldProvinces = withheld.sorted()
        rows = counts.map { key, count in
            Row(
                topic: key[0], topicTitle: titles[key[0]] ?? key[0], province: key[1],
                provinceName: provinceNames[key[1]] ?? key[1], month: key[2], count: count)
        }.sorted { ($0.topic, $0.province, $0.month) < ($1.topic, $1.province, $1.month) }
    }

    private static func codes(_ answer: SurveyAnswer?) -> [String] {
        switch answer {
        case .choice(let code)?: [code]
        case .choices(let codes)?: codes
        default: []
        }
    }
}
