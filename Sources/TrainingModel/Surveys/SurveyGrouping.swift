/// How a survey report groups its answers.
public enum SurveyGrouping: String, Hashable, Sendable, Codable, CaseIterable {
    /// All answers together.
    case all
    case module
    case lecturer
    case `class`
    case province
}

/// The smallest group whose answers a report shows: below it, the few answers could be told apart by who gave them.
public enum SurveyPrivacy {
    /// The default minimum, and the floor: a report may ask for larger groups, never smaller ones.
    public static let minimumGroup = 5
}
