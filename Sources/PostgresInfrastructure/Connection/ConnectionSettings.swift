import Foundation
import TrainingModel

/// Where a PostgreSQL database is and how to log in, read from a `postgres://` URL or given by the
/// private cluster.
public struct ConnectionSettings: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket file itself, e.g. `/var/run/postgresql/.s.PGSQL.5432`.
        case socket(path: String)
    }

    /// libpq's `sslmode`, limited to what a client without certificates can honour.
    public enum TLSMode: String, Sendable {
        case disable
        case prefer
        case require
    }

    public var endpoint: Endpoint
    public var username: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// The most connections a pool opens at once: a command needs few; the service and the benchmarks
    /// raise it to their concurrency.
    public var maximumConnections = 20

    public init(endpoint: Endpoint, username: String, password: String? = nil, database: String, tls: TLSMode) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// The same server, another database.
    public func with(database: String) -> ConnectionSettings {
        var copy = self
        copy.database = database
        return copy
    }

    /// The same server and database, as another role.
    public func with(username: String) -> ConnectionSettings {
        var copy = self
        copy.username = username
        return copy
    }

    /// Where the database is, for messages: never the password.
    public var locationWording: Message {
        switch endpoint {
        case .tcp(let host, let port): "database \(database) on \(host):\(port) as \(username)"
        case .socket(let path): "database \(database) on socket \(path) as \(username)"
        }
    }

    /// ``locationWording`` in English.
    public var location: String { locationWording.description }

    /// A URL for this database that libpq tools (`psql`) and ttbd's `DATABASE_URL` both accept.
    public var url: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.password = password
        components.path = "/" + database
        switch endpoint {
        case .tcp(let host, let port):
            components.host = host
            components.port = port
            components.queryItems = tls == .prefer ? nil : [URLQueryItem(name: "sslmode", value: tls.rawValue)]
        case .socket(let path):
            components.host = ""
            let directory = (path as NSString).deletingLastPathComponent
            let port = (path as NSString).pathExtension
            components.queryItems = [URLQueryItem(name: "host", value: directory)]
            if let portNumber = Int(port), portNumber != 5432 {
                components.queryItems?.append(URLQueryItem(name: "port", value: port))
            }
        }
        return components.string ?? "postgres:///\(database)"
    }
}
