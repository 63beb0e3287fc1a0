extension MessageCatalog {
    /// Needs-survey demand read by the planners.
    static let surveyPlanningInVietnamese: [String: String] = [:]
}
