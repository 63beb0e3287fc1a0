extension ConsoleCatalog {
    /// Candidates for election.
    static let candidates: [String: String] = [:]
}
