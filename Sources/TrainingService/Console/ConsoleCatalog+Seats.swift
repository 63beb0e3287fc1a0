extension ConsoleCatalog {
    /// Seats reserved by province or body.
    static let seats: [String: String] = [
        "Chỗ dành riêng": "Reserved seats"
    ]
}
