extension Database {
    /// The same pool with changes attributed to `actor`, e.g. `account:<username>` for a request of the
    /// service, so the audit log names the person and not the process.
    public func acting(as actor: String) -> Database {
        Database(client: client, settings: settings, logger: logger, actor: actor, connectionLost: connectionLost)
    }

    /// The same pool, calling `handler` when a connection closes under a command (the server stopped or
    /// restarted) and the command has not ended a few seconds later. postgres-nio drops a query sent on a
    /// connection that has just closed (it writes the query with no promise to fail), so the command would wait
    /// for its answer forever; the command line ends instead, with exit 69. The service needs none: each
    /// request has its deadline.
    public func failingFast(whenConnectionLost handler: @escaping @Sendable (StoreError) -> Void) -> Database {
        Database(client: client, settings: settings, logger: logger, actor: actor, connectionLost: handler)
    }
}
