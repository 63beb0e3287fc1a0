import Foundation

extension ConnectionSettings {
    /// Reads a libpq-style URL: `postgres://user:password@host:port/database?sslmode=…`, or a socket
    /// folder with `postgres:///database?host=/run/postgresql`. The user defaults to `defaultUser`,
    /// the database to the user's name, as libpq does.
    public init(url text: String, defaultUser: String) throws(StoreError) {
        func invalid(_ problem: String) -> StoreError {
            StoreError(
                .invalidConfiguration,
                "DATABASE_URL is not a PostgreSQL URL: \(problem); expected postgres://user@host:5432/database "
                    + "or postgres:///database?host=/socket/folder"
            )
        }
        guard let components = URLComponents(string: text) else { throw invalid("it cannot be parsed") }
        guard components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw invalid("the scheme is \(components.scheme.map { "'\($0)'" } ?? "missing")")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            query[item.name] = item.value ?? ""
        }
        let username = components.user?.removingPercentEncoding ?? query["user"] ?? defaultUser
        let password = components.password?.removingPercentEncoding ?? query["password"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? query["dbname"] ?? username
        var port = components.port ?? 5432
        if let portText = query["port"] {
            guard let value = Int(portText), (1...65535).contains(value) else {
                throw invalid("port '\(portText)' is not a number from 1 to 65535")
            }
            port = value
        }
        let host = (components.host?.removingPercentEncoding).flatMap { $0.isEmpty ? nil : $0 } ?? query["host"]
        let tlsText = query["sslmode"] ?? "prefer"
        let tls: TLSMode
        switch tlsText {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw invalid("sslmode '\(tlsText)' is not one of disable, prefer, require")
        }
        let endpoint: Endpoint
        switch host {
        case .some(let folder) where folder.hasPrefix("/"):
            endpoint = .socket(path: "\(folder)/.s.PGSQL.\(port)")
        case .some(let name):
            endpoint = .tcp(host: name, port: port)
        case .none:
            endpoint = .socket(path: "/var/run/postgresql/.s.PGSQL.\(port)")
        }
        self.init(endpoint: endpoint, username: username, password: password, database: database, tls: tls)
    }
}
