extension ConsoleCatalog {
    /// Regional conferences.
    static let conferences: [String: String] = [:]
}
