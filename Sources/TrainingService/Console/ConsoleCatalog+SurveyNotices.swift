extension ConsoleCatalog {
    /// Delegates' survey pages reached from a notice's link.
    static let surveyNotices: [String: String] = [:]
}
