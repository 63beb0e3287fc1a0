import PostgresInfrastructure

extension StoreError {
    /// The refusal the database's `attendance_enrolled` check stands for (an enrollment withdrawn while
    /// attendance was being written), or `nil` for any other error: a race to retry, not a bug.
    public init?(withdrawnMeanwhile error: any Error) {
        guard DatabaseFailure.constraint(of: error) == "attendance_enrolled" else { return nil }
        self.init(.refused, "a delegate was withdrawn from the class meanwhile; nothing was written, try again")
    }
}
