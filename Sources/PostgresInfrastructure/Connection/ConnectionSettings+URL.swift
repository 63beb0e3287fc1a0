import Foundation
import TrainingModel

extension ConnectionSettings {
    /// Reads a libpq connection URI, `postgres://user:password@host:port/database?sslmode=…`, as `psql` does: a
    /// `host` parameter overrides the URI's host (a folder means the Unix socket in it, as does a percent-encoded
    /// path in the host's place), and what the URI leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`,
    /// `PGDATABASE`, `PGPASSWORD`, `PGSSLMODE` and the password file (`~/.pgpass`, `PGPASSFILE`); then the user is
    /// `$USER`, the database the user's name, the socket folder `/var/run/postgresql`, the port 5432.
    public init(url text: String, environment: [String: String]) throws(StoreError) {
        func invalid(_ problem: Message) -> StoreError {
            StoreError(
                .invalidConfiguration,
                "DATABASE_URL is not a PostgreSQL URL: \(problem); expected postgres://user@host:5432/database "
                    + "or postgres:///database?host=/socket/folder"
            )
        }
        guard let components = URLComponents(string: text) else { throw invalid("it cannot be parsed") }
        guard components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw invalid(components.scheme.map { "the scheme is '\($0)'" } ?? "the scheme is missing")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            query[item.name] = item.value ?? ""
        }
        func given(_ values: String?...) -> String? {
            values.lazy.compactMap { $0 }.first { !$0.isEmpty }
        }
        let username =
            given(components.user?.removingPercentEncoding, query["user"], environment["PGUSER"], environment["USER"])
            ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database =
            given(path.removingPercentEncoding, query["dbname"], environment["PGDATABASE"]) ?? username
        let port: Int
        switch given(query["port"], components.port.map(String.init), environment["PGPORT"]) {
        case .none:
            port = 5432
        case .some(let text):
            guard let value = Int(text), (1...65535).contains(value) else {
                throw invalid("port '\(text)' is not a number from 1 to 65535")
            }
            port = value
        }
        let host = given(query["host"], components.host?.removingPercentEncoding, environment["PGHOST"])
        let tlsText = given(query["sslmode"], environment["PGSSLMODE"]) ?? "prefer"
        let tls: TLSMode
        switch tlsText {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw invalid("sslmode '\(tlsText)' is not one of disable, prefer, require")
        }
        let endpoint: Endpoint
        let passwordHosts: [String]
        switch host {
        case .some(let folder) where folder.hasPrefix("/"):
            endpoint = .socket(path: "\(folder)/.s.PGSQL.\(port)")
            passwordHosts = ["localhost", folder]
        case .some(let name):
            endpoint = .tcp(host: name, port: port)
            passwordHosts = [name]
        case .none:
            endpoint = .socket(path: "/var/run/postgresql/.s.PGSQL.\(port)")
            passwordHosts = ["localhost", "/var/run/postgresql"]
        }
        let password =
            given(components.password?.removingPercentEncoding, query["password"], environment["PGPASSWORD"])
            ?? PasswordFile(environment: environment)?.password(
                hosts: passwordHosts, port: port, database: database, username: username)
        self.init(endpoint: endpoint, username: username, password: password, database: database, tls: tls)
    }
}
