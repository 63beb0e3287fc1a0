extension MessageCatalog {
    /// Candidates for election.
    static let candidatesInVietnamese: [String: String] = [:]
}
