extension MessageCatalog {
    /// Moodle and Canvas exports and imports.
    static let learningPlatformsInVietnamese: [String: String] = [:]
}
