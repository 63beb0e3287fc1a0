extension StoreError {
    /// A code the request names that the database does not hold: `no class has the code B-HN-09`.
    static func noSuch(_ what: String, code: String) -> StoreError {
        StoreError(.notFound, "no \(what) has the code \(code); check the code")
    }
}
