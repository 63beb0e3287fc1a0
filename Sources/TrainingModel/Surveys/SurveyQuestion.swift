/// One question of a ``Survey``.
public struct SurveyQuestion: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Agreement on a scale of 1 (not at all) to 5 (fully).
        case likert
        /// One of the choices.
        case single
        /// Any number of the choices.
        case multiple
        /// Free text.
        case text
    }

    /// What a needs survey's question measures, for the demand by topic × province × month.
    public enum Demand: String, Hashable, Sendable, Codable, CaseIterable {
        case topic
        case month
    }

    /// A choice of a single or multiple question: a code answers carry, and the words delegates read.
    public struct Choice: Hashable, Sendable, Codable {
        public var code: String
        public var text: String

        public init(code: String, text: String) {
            self.code = code
            self.text = text
        }
    }

    public var code: String
    public var text: String
    public var kind: Kind
    public var choices: [Choice]
    /// Whether an answer to the survey must answer this question.
    public var required: Bool
    public var demand: Demand?

    public init(
        code: String, text: String, kind: Kind, choices: [Choice] = [], required: Bool = true, demand: Demand? = nil
    ) {
        self.code = code
        self.text = text
        self.kind = kind
        self.choices = choices
        self.required = required
        self.demand = demand
    }

    /// The longest free-text answer kept: a paragraph, as a cell of the center's files.
    public static let longestText = 1_000
}
