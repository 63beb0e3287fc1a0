extension MessageCatalog {
    /// Surveys and their reports.
    static let surveysInVietnamese: [String: String] = [:]
}
