import ArgumentParser
import Foundation
import Logging
import PostgresInfrastructure
import ServiceLifecycle
import TrainingOperations
import TrainingService
import TrainingStore

extension TTBD {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the JSON API, the calendar feeds and the background jobs over HTTP.",
            discussion: """
                Stops gracefully on SIGTERM or SIGINT: requests in flight finish first. Logs one JSON line per \
                request on stderr (more with TTBD_LOG_LEVEL=debug).
                """)

        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(help: "The port to listen on (0 for any free port).") var port = 8080
        @Option(
            name: .customLong("jobs-every"),
            help: ArgumentHelp("How often to run the background jobs, e.g. 60s, 5m.", valueName: "interval"))
        var jobsEvery = DurationArgument(argument: "60s")!
        @Flag(help: "Run no background jobs in this process (another one runs them).") var noJobs = false
        @Option(
            name: .customLong("auth-failures"),
            help: "Failed authentications one client may make per minute before it gets 429 (a fuzzer needs more).")
        var authFailures = 10
        @Option(
            name: .customLong("trusted-proxy"),
            help: ArgumentHelp(
                "A proxy in front (nginx) whose X-Forwarded-For names the client, as an address or CIDR; repeatable.",
                valueName: "CIDR"))
        var trustedProxies: [String] = []
        @Option(
            name: .customLong("idle-timeout"),
            help: ArgumentHelp(
                "Close a connection silent this long (between requests, or mid-headers).", valueName: "interval"))
        var idleTimeout = DurationArgument(argument: "30s")!
        @Option(
            name: .customLong("replica-lag"),
            help: ArgumentHelp(
                "With DATABASE_READ_URL: how far behind the primary a replica may be and still answer.",
                valueName: "interval"))
        var replicaLag = DurationArgument(argument: "5s")!
        @Option(
            name: .customLong("max-connections"),
            help: "The most connections held open at once; one more is answered 503 and closed.")
        var maxConnections = 4_096
        @OptionGroup var backups: BackupScheduleOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            for proxy in trustedProxies where AddressRange(proxy) == nil {
                throw ValidationError("--trusted-proxy '\(proxy)' is not an address or a CIDR such as 10.0.0.0/8")
            }
            guard maxConnections >= 1 else { throw ValidationError("--max-connections is at least 1") }
            guard (0...65_535).contains(port) else {
                throw ValidationError("--port is a TCP port, 0 to 65535 (0 for any free one), not \(port)")
            }
            if noJobs && backups.backupEvery != nil {
                throw ValidationError("--backup-every runs with the background jobs; drop --no-jobs")
            }
        }

        func run() async throws {
            let level = ProcessInfo.processInfo.environment["TTBD_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level ?? .info
                return handler
            }
            let logger = Logger(label: "ttbd.serve")
            let environment = ProcessInfo.processInfo.environment
            let notices = try NoticeChannels.from(environment: environment)
            let metricsToken = environment["TTBD_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            if let metricsToken, metricsToken.count < 32 {
                throw ValidationError("TTBD_METRICS_TOKEN must be at least 32 characters; it guards /metrics")
            }
            let replicaSettings = try Self.readReplicas(environment: environment)
            try await database.withDatabase { database in
                try await Self.withPools(replicaSettings, logger: logger) { replicas in
                    let api = TrainingAPI(
                        database: database.acting(as: "ttbd-serve"),
                        configuration: ServiceConfiguration(
                            host: host, port: port, jobsInterval: noJobs ? nil : jobsEvery.duration,
                            backups: try await backups.schedule(for: database), failedAuthenticationLimit: authFailures,
                            notices: notices, trustedProxies: trustedProxies.compactMap(AddressRange.init),
                            idleTimeout: idleTimeout.duration, maxConnections: maxConnections,
                            metricsToken: metricsToken,
                            maxReplicaLag: replicaLag.duration, language: TTBD.language),
                        logger: logger, readReplicas: replicas)
                    let group = ServiceGroup(
                        configuration: .init(
                            services: [api.application()], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
                    )
                    do {
                        try await group.run()
                    } catch let error where "\(error)".contains("Address already in use") {
                        throw StoreError(
                            .unavailable,
                            "another program already listens on \(host) port \(port); stop it, or choose another port with --port"
                        )
                    }
                }
            }
        }

        /// `DATABASE_READ_URL`: one or more replica URLs, separated by commas or spaces.
        static func readReplicas(environment: [String: String]) throws -> [ConnectionSettings] {
            let urls = (environment["DATABASE_READ_URL"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " })
            return try urls.map { try ConnectionSettings(url: String($0), environment: environment) }
        }

        /// Opens a pool on each replica (a replica down now is skipped until it answers), then runs `body`.
        static func withPools(
            _ settings: [ConnectionSettings], logger: Logger,
            _ body: ([PostgresInfrastructure.Database]) async throws -> Void
        ) async throws {
            guard let first = settings.first else { return try await body([]) }
            try await PostgresInfrastructure.Database.run(first, logger: logger, actor: "ttbd-serve", probing: false) {
                replica in
                try await withPools(Array(settings.dropFirst()), logger: logger) { try await body([replica] + $0) }
            }
        }
    }
}
