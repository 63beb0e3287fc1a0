import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingModel

@testable import TrainingStore

@Suite("Reading DATABASE_URL")
struct ConnectionSettingsTests {
    @Test("reads user, password, host, port, database and sslmode from a TCP URL")
    func tcpURL() throws {
        let settings = try ConnectionSettings(
            url: "postgres://staff:s%40cret@db.example.vn:6543/ttbd_prod?sslmode=require",
            environment: ["USER": "nobody"])
        #expect(settings.endpoint == .tcp(host: "db.example.vn", port: 6543))
        #expect(settings.username == "staff")
        #expect(settings.password == "s@cret")
        #expect(settings.database == "ttbd_prod")
        #expect(settings.tls == .require)
    }

    @Test("a host query parameter that is a folder means the Unix socket in it")
    func socketURL() throws {
        let settings = try ConnectionSettings(
            url: "postgres:///ttbd?host=/run/ttbd&port=5433", environment: ["USER": "ttbd"])
        #expect(settings.endpoint == .socket(path: "/run/ttbd/.s.PGSQL.5433"))
        #expect(settings.username == "ttbd")
        #expect(settings.database == "ttbd")
    }

    @Test("the database defaults to the user's name, as in libpq")
    func defaultDatabase() throws {
        let settings = try ConnectionSettings(url: "postgresql://lan@localhost", environment: ["USER": "x"])
        #expect(settings.database == "lan")
        #expect(settings.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(settings.tls == .prefer)
    }

    @Test("a socket URL survives the round trip through url")
    func roundTrip() throws {
        let original = ConnectionSettings(
            endpoint: .socket(path: "/tmp/ttbd x/run/.s.PGSQL.5432"), username: "ttbd", database: "test_1",
            tls: .disable)
        let parsed = try ConnectionSettings(url: original.url, environment: ["USER": "other"])
        #expect(parsed.endpoint == original.endpoint)
        #expect(parsed.database == "test_1")
        #expect(parsed.username == "ttbd")
    }

    @Test(
        "refuses what is not a PostgreSQL URL, as a usage error",
        arguments: ["mysql://root@localhost/db", "postgres://h/db?sslmode=sometimes", "postgres://h/db?port=99999"])
    func refusesBadURLs(url: String) {
        #expect {
            try ConnectionSettings(url: url, environment: ["USER": "u"])
        } throws: { error in
            let storeError = error as? StoreError
            return storeError?.code == .invalidConfiguration && storeError?.kind == .usage
                && storeError?.message.contains("expected postgres://") == true
        }
    }

    @Test("a host parameter overrides the URI's host, as in libpq: a folder is the socket in it")
    func hostParameterOverrides() throws {
        let settings = try ConnectionSettings(
            url: "postgres://ttbd@localhost/ttbd?host=/tmp/ttbd-run", environment: ["USER": "x"])
        #expect(settings.endpoint == .socket(path: "/tmp/ttbd-run/.s.PGSQL.5432"))
        let encoded = try ConnectionSettings(url: "postgres://%2Frun%2Fpg:5433/ttbd", environment: ["USER": "x"])
        #expect(encoded.endpoint == .socket(path: "/run/pg/.s.PGSQL.5433"))
    }

    @Test("what the URI leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD and PGSSLMODE")
    func standardVariables() throws {
        let environment = [
            "USER": "x", "PGHOST": "db.example.vn", "PGPORT": "6432", "PGUSER": "staff", "PGDATABASE": "ttbd_prod",
            "PGPASSWORD": "bí mật", "PGSSLMODE": "require",
        ]
        let all = try ConnectionSettings(url: "postgres://", environment: environment)
        #expect(all.endpoint == .tcp(host: "db.example.vn", port: 6432))
        #expect(all.username == "staff")
        #expect(all.database == "ttbd_prod")
        #expect(all.password == "bí mật")
        #expect(all.tls == .require)
        // The URI wins over each of them.
        let uri = try ConnectionSettings(
            url: "postgres://lan:pw@10.0.0.5:5433/other?sslmode=disable", environment: environment)
        #expect(uri.endpoint == .tcp(host: "10.0.0.5", port: 5433))
        #expect((uri.username, uri.password, uri.database, uri.tls) == ("lan", "pw", "other", .disable))
        #expect(throws: StoreError.self) {
            try ConnectionSettings(url: "postgres://", environment: ["PGPORT": "http"])
        }
    }

    @Test("a password file private to its owner gives the password of the first matching line; another is ignored")
    func passwordFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = "\(folder.path)/pgpass"
        try """
        # host:port:database:user:password
        db.example.vn:5432:ttbd:other:wrong
        db.example.vn:*:ttbd:staff:m\\:k\\\\hẩu
        *:*:*:staff:fallback
        localhost:5432:ttbd:staff:on-socket
        """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["USER": "staff", "PGPASSFILE": file]
        let tcp = try ConnectionSettings(url: "postgres://db.example.vn/ttbd", environment: environment)
        #expect(tcp.password == "m:k\\hẩu")
        let socket = try ConnectionSettings(url: "postgres:///ttbd?host=/run/pg", environment: environment)
        #expect(socket.password == "fallback", "the wildcard line comes first")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try ConnectionSettings(url: "postgres://db.example.vn/ttbd", environment: environment).password == nil)
    }
}
