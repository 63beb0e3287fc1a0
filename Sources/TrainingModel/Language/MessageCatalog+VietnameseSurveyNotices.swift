extension MessageCatalog {
    /// Notices that a survey round has opened.
    static let surveyNoticesInVietnamese: [String: String] = [:]
}
