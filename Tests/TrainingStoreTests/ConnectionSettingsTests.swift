import PostgresInfrastructure
import Testing
import TrainingModel

@testable import TrainingStore

@Suite("Reading DATABASE_URL")
struct ConnectionSettingsTests {
    @Test("reads user, password, host, port, database and sslmode from a TCP URL")
    func tcpURL() throws {
        let settings = try ConnectionSettings(
            url: "postgres://staff:s%40cret@db.example.vn:6543/ttbd_prod?sslmode=require", defaultUser: "nobody")
        #expect(settings.endpoint == .tcp(host: "db.example.vn", port: 6543))
        #expect(settings.username == "staff")
        #expect(settings.password == "s@cret")
        #expect(settings.database == "ttbd_prod")
        #expect(settings.tls == .require)
    }

    @Test("a host query parameter that is a folder means the Unix socket in it")
    func socketURL() throws {
        let settings = try ConnectionSettings(url: "postgres:///ttbd?host=/run/ttbd&port=5433", defaultUser: "ttbd")
        #expect(settings.endpoint == .socket(path: "/run/ttbd/.s.PGSQL.5433"))
        #expect(settings.username == "ttbd")
        #expect(settings.database == "ttbd")
    }

    @Test("the database defaults to the user's name, as in libpq")
    func defaultDatabase() throws {
        let settings = try ConnectionSettings(url: "postgresql://lan@localhost", defaultUser: "x")
        #expect(settings.database == "lan")
        #expect(settings.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(settings.tls == .prefer)
    }

    @Test("a socket URL survives the round trip through url")
    func roundTrip() throws {
        let original = ConnectionSettings(
            endpoint: .socket(path: "/tmp/ttbd x/run/.s.PGSQL.5432"), username: "ttbd", database: "test_1",
            tls: .disable)
        let parsed = try ConnectionSettings(url: original.url, defaultUser: "other")
        #expect(parsed.endpoint == original.endpoint)
        #expect(parsed.database == "test_1")
        #expect(parsed.username == "ttbd")
    }

    @Test(
        "refuses what is not a PostgreSQL URL, as a usage error",
        arguments: ["mysql://root@localhost/db", "postgres://h/db?sslmode=sometimes", "postgres://h/db?port=99999"])
    func refusesBadURLs(url: String) {
        #expect {
            try ConnectionSettings(url: url, defaultUser: "u")
        } throws: { error in
            let storeError = error as? StoreError
            return storeError?.code == .invalidConfiguration && storeError?.kind == .usage
                && storeError?.message.contains("expected postgres://") == true
        }
    }
}
