extension MessageCatalog {
    /// What the golden time takes: the induction's what-if.
    static let whatIfInVietnamese: [String: String] = [:]
}
