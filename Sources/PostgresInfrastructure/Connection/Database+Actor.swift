extension Database {
    /// The same pool with changes attributed to `actor`, e.g. `account:<username>` for a request of the
    /// service, so the audit log names the person and not the process.
    public func acting(as actor: String) -> Database {
        Database(client: client, settings: settings, logger: logger, actor: actor)
    }
}
