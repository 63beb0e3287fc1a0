extension StoreError {
    /// A class code that names no class.
    public static func noClass(_ code: String) -> StoreError {
        StoreError(.notFound, "no class has the code \(code); check the code (`ttbd classes list`)")
    }
}
