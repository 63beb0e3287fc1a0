extension MessageCatalog {
    /// Regional conferences.
    static let conferencesInVietnamese: [String: String] = [:]
}
