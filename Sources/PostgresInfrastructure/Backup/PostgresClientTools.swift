import Foundation
package import PostgresNIO
import TrainingModel

/// `pg_dump`, `pg_restore` and `psql` of the server's major version: an older `pg_dump` refuses a newer server and an
/// older `pg_restore` cannot read a newer `pg_dump`'s archive, so ttbd never mixes versions.
public struct PostgresClientTools: Sendable {
    let binDirectory: String
    let environment: [String: String]

    /// The first folder of ``PostgresInstallation/searchPath(environment:)`` whose `pg_dump` has the server's
    /// major version and has a `pg_restore` and a `psql` beside it.
    static func find(majorVersion: Int, environment: [String: String]) throws(StoreError) -> PostgresClientTools {
        for directory in PostgresInstallation.searchPath(environment: environment)
        where ["pg_dump", "pg_restore", "psql"].allSatisfy({
            FileManager.default.isExecutableFile(atPath: "\(directory)/\($0)")
        }) {
            // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
            let version = try ChildProcess("\(directory)/pg_dump", ["--version"]).run().standardOutput
            if version.firstMatch(of: /\(PostgreSQL\) ([0-9]+)/)?.1 == "\(majorVersion)" {
                return PostgresClientTools(binDirectory: directory, environment: environment)
            }
        }
        if let configured = environment["TTBD_PG_BINDIR"] {
            throw StoreError(
                .postgresNotInstalled,
                "pg_dump, pg_restore and psql of PostgreSQL \(majorVersion), the server's version, are not installed "
                    + "in TTBD_PG_BINDIR=\(configured); install the Debian package "
                    + "postgresql-client-\(majorVersion), or set TTBD_PG_BINDIR to their folder")
        }
        throw StoreError(
            .postgresNotInstalled,
            "pg_dump, pg_restore and psql of PostgreSQL \(majorVersion), the server's version, are not installed; "
                + "install the Debian package postgresql-client-\(majorVersion), or set TTBD_PG_BINDIR to their folder")
    }

    /// Runs `program` (`pg_dump`, `pg_restore`, `psql`) with `arguments` off the cooperative pool; with `settings`, it
    /// connects there, the password passed in the environment rather than on a command line others can read.
    func run(_ program: String, _ arguments: [String], connectingTo settings: ConnectionSettings? = nil) async throws
        -> ChildProcess.Output
    {
        var environment = self.environment
        var connection: [String] = []
        if let settings {
            var withoutPassword = settings
            withoutPassword.password = nil
            connection = ["--no-password", "--dbname", withoutPassword.url]
            environment["PGPASSWORD"] = settings.password
        }
        let process = ChildProcess("\(binDirectory)/\(program)", arguments + connection, environment: environment)
        return try await offCooperativePool { try process.run() }
    }
}

extension Database {
    /// The `pg_dump` and `pg_restore` that match this database's server.
    public func clientTools(environment: [String: String]) async throws -> PostgresClientTools {
        let number = try await client.query("SELECT current_setting('server_version_num')::int", logger: logger)
            .collect().first!.decode(Int.self)
        return try PostgresClientTools.find(majorVersion: number / 10000, environment: environment)
    }
}
