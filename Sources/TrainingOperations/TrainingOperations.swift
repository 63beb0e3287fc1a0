import PostgresInfrastructure

/// The use cases every front end calls: the command line, the API and its jobs. Each one decides its
/// transaction and its dry run here and returns values; it words nothing for people and maps nothing to an
/// exit code or an HTTP status, which the front ends do from error kinds and codes.
public struct TrainingOperations: Sendable {
    /// The pool the use cases run on; its actor is who the audit log names.
    public let database: Database

    public init(database: Database) {
        self.database = database
    }
}
