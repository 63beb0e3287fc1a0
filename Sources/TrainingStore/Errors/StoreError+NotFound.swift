import PostgresInfrastructure
import TrainingModel

extension StoreError {
    /// A class code that names no class.
    public static func noClass(_ code: String) -> StoreError {
        StoreError(.notFound, "no class has the code \(code)" as Message, remedy: .listClasses)
    }

    /// A delegate code that names no delegate.
    static func noDelegate(_ code: String) -> StoreError {
        StoreError(.notFound, "no delegate has the code \(code)" as Message, remedy: .findDelegate)
    }

    /// Whether this is the error of a delegate code that names no delegate, which a batch lists beside
    /// the other refusals (where an unknown class ends the batch at once).
    public var isUnknownDelegate: Bool { code == .notFound && remedy == .findDelegate }

    /// A program code that names no program of the catalog.
    static func noProgram(_ code: String) -> StoreError {
        StoreError(.notFound, "no program has the code \(code)" as Message, remedy: .importCatalog(of: "programs"))
    }

    /// A code the request names that the database does not hold: `no material has the code M-9`.
    static func noSuch(_ what: String, code: String) -> StoreError {
        StoreError(.notFound, Message(pattern: "no \(what) has the code %@; check the code", values: [.text(code)]))
    }
}
