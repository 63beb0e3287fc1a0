import Foundation
import TrainingModel

/// The PostgreSQL server programs on this machine (`initdb`, `pg_ctl`), found the way Debian installs them.
struct PostgresInstallation: Sendable {
    let binDirectory: String

    func path(of program: String) -> String { "\(binDirectory)/\(program)" }

    /// Looks only in `$TTBD_PG_BINDIR` when it is set; otherwise in Debian's
    /// `/usr/lib/postgresql/<version>/bin` (newest first), then the `PATH`.
    static func find(environment: [String: String]) throws(StoreError) -> PostgresInstallation {
        for directory in searchPath(environment: environment)
        where ["initdb", "pg_ctl", "postgres"].allSatisfy({
            FileManager.default.isExecutableFile(atPath: "\(directory)/\($0)")
        }) {
            return PostgresInstallation(binDirectory: directory)
        }
        if let configured = environment["TTBD_PG_BINDIR"] {
            throw StoreError(
                .postgresNotInstalled,
                "the PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed in "
                    + "TTBD_PG_BINDIR=\(configured); install the Debian packages with "
                    + "`apt-get install postgresql postgresql-contrib` (or run scripts/setup), "
                    + "or set DATABASE_URL to a server of yours")
        }
        throw StoreError(
            .postgresNotInstalled,
            "the PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed; install the Debian "
                + "packages with `apt-get install postgresql postgresql-contrib` (or run scripts/setup), "
                + "or set DATABASE_URL to a server of yours")
    }

    /// The folders that may hold PostgreSQL's programs, in the order they are searched.
    static func searchPath(environment: [String: String]) -> [String] {
        if let configured = environment["TTBD_PG_BINDIR"], !configured.isEmpty { return [configured] }
        let debianRoot = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: debianRoot)) ?? []
        return versions.compactMap(Int.init).sorted(by: >).map { "\(debianRoot)/\($0)/bin" }
            + (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    }
}
