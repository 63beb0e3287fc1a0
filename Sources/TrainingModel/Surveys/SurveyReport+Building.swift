extension SurveyReport {
    /// The report of `survey` grouped by `grouping`, from the evidence the store gathered. `minimumGroup` below
    /// ``SurveyPrivacy/minimumGroup`` is raised to it.
    public init(survey: Survey, grouping: SurveyGrouping, minimumGroup: Int, evidence: SurveyEvidence) {
        let minimum = max(minimumGroup, SurveyPrivacy.minimumGroup)
        var eligible: [String: Int] = [:]
        var respondents: [String: Int] = [:]
        for round in evidence.rounds {
            let (allEligible, allRespondents) = (
                round.eligible.values.reduce(0, +), round.respondents.values.reduce(0, +)
            )
            for key in evidence.keys(of: round, by: grouping) {
                eligible[key, default: 0] += grouping == .province ? round.eligible[key, default: 0] : allEligible
                respondents[key, default: 0] +=
                    grouping == .province ? round.respondents[key, default: 0] : allRespondents
            }
        }
        var answers: [String: [[String: SurveyAnswer]]] = [:]
        for answer in evidence.answers {
            for key in evidence.keys(of: answer, by: grouping) { answers[key, default: []].append(answer.answers) }
        }
        let keys = Set(eligible.keys).union(answers.keys)
        let withheld = SurveyPrivacy.withheld(
            Dictionary(uniqueKeysWithValues: keys.map { ($0, answers[$0]?.count ?? 0) }), minimum: minimum)
        let groups = keys.sorted().map { key in
            let suppressed = withheld.contains(key)
            return Group(
                key: key, label: key == "all" ? survey.title : evidence.labels[key] ?? key,
                eligible: eligible[key] ?? 0,
                respondents: respondents[key] ?? 0, suppressed: suppressed,
                questions: suppressed ? [] : survey.questions.map { Self.result(of: $0, in: answers[key] ?? []) })
        }
        self.init(
            surveyCode: survey.code, title: survey.title, grouping: grouping, minimumGroup: minimum,
            openRounds: evidence.openRounds,
            eligible: evidence.rounds.flatMap(\.eligible.values).reduce(0, +),
            respondents: evidence.rounds.flatMap(\.respondents.values).reduce(0, +), groups: groups)
    }

    static func result(of question: SurveyQuestion, in answers: [[String: SurveyAnswer]]) -> QuestionResult {
        let given = answers.compactMap { $0[question.code] }
        var result = QuestionResult(
            code: question.code, text: question.text, kind: question.kind, answered: given.count, mean: nil,
            distribution: [], texts: [])
        switch question.kind {
        case .likert:
            let points = given.compactMap { if case .scale(let point) = $0 { point } else { nil } }
            result.mean = points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
            result.distribution = (1...5).map { point in
                Count(choice: String(point), label: String(point), count: points.filter { $0 == point }.count)
            }
        case .single, .multiple:
            let chosen = given.flatMap { answer -> [String] in
                switch answer {
                // JSON cannot tell a choice's code from text: a stored single answer comes back as text.
                case .choice(let code), .text(let code): [code]
                case .choices(let codes): codes
                default: []
                }
            }
            result.distribution = question.choices.map { choice in
                Count(choice: choice.code, label: choice.text, count: chosen.filter { $0 == choice.code }.count)
            }
        case .text:
            result.texts = given.compactMap { if case .text(let text) = $0 { text } else { nil } }.sorted()
        }
        return result
    }
}
