extension ConsoleCatalog {
    /// Surveys and their reports.
    static let surveys: [String: String] = [:]
}
