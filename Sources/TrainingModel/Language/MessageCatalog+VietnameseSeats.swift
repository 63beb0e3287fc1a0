extension MessageCatalog {
    /// Seats reserved by province or body.
    static let seatsInVietnamese: [String: String] = [:]
}
