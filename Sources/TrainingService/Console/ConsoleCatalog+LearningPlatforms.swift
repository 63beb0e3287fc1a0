extension ConsoleCatalog {
    /// Moodle and Canvas exports and imports.
    static let learningPlatforms: [String: String] = [:]
}
