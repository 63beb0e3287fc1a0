extension ConsoleCatalog {
    /// What the golden time takes: the induction's what-if.
    static let whatIf: [String: String] = [:]
}
