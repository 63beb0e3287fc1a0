import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

/// ``ScheduleShowFixture`` (delegate 0101 Nguyễn Văn An seated in B-HN-01 N1 and B-HN-02 N1, sessions 1, 2,
/// 5 and 6 theirs, session 4 of their cohort cancelled) with, for the delegate's own view of it: an account
/// `0101` with an API token and a calendar-feed token, handbook TL-B01 on module B01, certificate
/// GCN-2026-000001 for B-HN-02, and a real `ttbd serve` over it. The client commands run with a
/// configuration folder of their own (`XDG_CONFIG_HOME`) and no database.
struct MeFixture {
    let world: SessionsWorld
    let service: MeService
    let apiToken: String
    let feedToken: String
    let config: TemporaryFolder

    /// The path of the credentials file `ttbd login` writes.
    var credentialsPath: String { "\(config.path)/ttbd/credentials" }

    /// Runs a client command of `ttbd` (no DATABASE_URL) with `environment` added.
    func ttbd(_ arguments: String..., environment: [String: String] = [:]) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(
            arguments, environment: ["XDG_CONFIG_HOME": config.path, "HOME": config.path].merging(environment) { $1 })
    }

    /// `ttbd login --server server` with `token` piped on standard input.
    func login(_ token: String, server: String? = nil) async throws -> ChildProcess.Output {
        let input = "\(config.path)/typed-token"
        try (token + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("TTBD_") && $0.key != "DATABASE_URL"
        }
        environment["XDG_CONFIG_HOME"] = config.path
        environment["HOME"] = config.path
        environment["TTBD_LANG"] = "en"
        return try ChildProcess(
            "/bin/sh",
            ["-c", "exec \"$0\" login --server \"$1\" < \"$2\"", CommandLineTool.path, server ?? service.url, input],
            environment: environment
        ).run()
    }

    /// Builds the fixture; `serviceEnvironment` is added to the service's environment.
    static func with(
        serviceEnvironment: [String: String] = [:], _ body: (MeFixture) async throws -> Void
    ) async throws {
        let config = try TemporaryFolder()
        defer { config.remove() }
        try await ScheduleShowFixture.with { world in
            let tokens = try await world.database.run { pool in
                for statement in statements {
                    try await pool.client.query(PostgresQuery(unsafeSQL: statement), logger: TestCluster.logger)
                }
                var generator = SystemRandomNumberGenerator()
                return try await pool.accounts.issueDelegateTokens(
                    where: DelegateCriteria(), expiresAt: nil, using: &generator)
            }
            let token = try #require(tokens.first { $0.delegateCode == "0101" })
            try await MeService.with(database: world.database, environment: serviceEnvironment) { service in
                try await body(
                    MeFixture(
                        world: world, service: service, apiToken: token.apiToken, feedToken: token.feedToken,
                        config: config))
            }
        }
    }

    private static let statements = [
        """
        INSERT INTO materials (code, title, kind, url)
        VALUES ('TL-B01', 'Sổ tay đại biểu HĐND, phần 1', 'handbook', 'https://example.vn/so-tay.pdf')
        """,
        "INSERT INTO module_materials (module_code, material_id) SELECT 'B01', id FROM materials WHERE code = 'TL-B01'",
        """
        INSERT INTO certificates (number, class_id, delegate_id, issued_at)
        SELECT 'GCN-2026-000001', c.id, d.id, '2026-05-29 10:00+07' FROM classes c, delegates d
        WHERE c.code = 'B-HN-02' AND d.code = '0101'
        """,
    ]
}
