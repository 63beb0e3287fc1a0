import TrainingStore

extension TrainingOperations {
    /// Revokes the live tokens of `username` (of one purpose, or all) and says how many there were.
    public func revokeTokens(username: String, purpose: TokenPurpose?) async throws -> Int {
        try await database.transaction(dryRun: false) {
            try await database.accounts.revokeTokens(username: username, purpose: purpose, in: $0)
        }
    }
}
