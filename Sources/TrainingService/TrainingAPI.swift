public import Foundation
public import Hummingbird
import HummingbirdCore
public import Logging
import NIOCore
import PostgresInfrastructure
import ServiceLifecycle
import TrainingOperations
import TrainingStore

/// The HTTP service over one database: its router, the application that serves it, and the background
/// jobs that run beside it.
public struct TrainingAPI: Sendable {
    public let database: Database
    public let configuration: ServiceConfiguration
    public let logger: Logger
    /// The clock of token expiry, the failure limit, calendar stamps and the jobs; tests set it.
    public let now: @Sendable () -> Date
    let limiter: FailureLimiter
    let breaker: DatabaseBreaker
    /// What `/metrics` reports, when a metrics token is configured.
    let metrics: ServiceMetrics?
    /// The read replicas that may answer delegates' polling, and their freshness.
    let replicas: ReadReplicas?

    /// `readReplicas`: pools on streaming replicas of `database` (`DATABASE_READ_URL`), used while they lag
    /// less than the configuration's `maxReplicaLag`.
    public init(
        database: Database, configuration: ServiceConfiguration, logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }, readReplicas: [Database] = []
    ) {
        self.database = database
        self.configuration = configuration
        self.logger = logger
        self.now = now
        breaker = DatabaseBreaker(database: database)
        metrics = configuration.metricsToken == nil ? nil : ServiceMetrics()
        replicas =
            readReplicas.isEmpty
            ? nil : ReadReplicas(primary: database, replicas: readReplicas, maxLag: configuration.maxReplicaLag)
        limiter = FailureLimiter(
            limit: configuration.failedAuthenticationLimit, window: configuration.failedAuthenticationWindow, now: now)
    }

    /// Every route, behind the middleware that gives each request its id, its log line and problem
    /// responses; the `/v1` routes but the calendar feeds also behind bearer-token authentication.
    public func router() -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self)
        router.add(middleware: RequestLogMiddleware(metrics: metrics, language: configuration.language))
        router.add(middleware: DeadlineMiddleware(deadline: configuration.requestDeadline, breaker: breaker))
        HealthRoutes(database: database).add(to: router)
        OpenAPIRoutes().add(to: router)
        if let metrics, let token = configuration.metricsToken {
            MetricsRoutes(database: database, metrics: metrics, token: token).add(to: router)
        }
        router.add(middleware: DatabaseBreakerMiddleware(breaker: breaker))
        CalendarRoutes(
            database: database, replicas: replicas, limiter: limiter, proxies: configuration.trustedProxies, now: now
        ).add(
            to: router)
        ConsoleRoutes(database: database, limiter: limiter, proxies: configuration.trustedProxies, now: now)
            .add(to: router)
        let v1 = router.group("v1")
            .add(middleware: NoStoreMiddleware())
            .add(
                middleware: AuthenticationMiddleware(
                    database: database, limiter: limiter, proxies: configuration.trustedProxies, now: now))
        MeRoutes(database: database, replicas: replicas, now: now).add(to: v1)
        MaterialContentRoutes(
            database: database,
            files: configuration.materials ?? .from(environment: ProcessInfo.processInfo.environment)
        ).add(to: v1)
        DelegateRoutes(database: database, now: now).add(to: v1)
        ClassRoutes(database: database).add(to: v1)
        SessionRoutes(database: database).add(to: v1)
        ReportRoutes(database: database).add(to: v1)
        ConferenceRoutes(database: database).add(to: v1)
        SurveyRoutes(database: database, now: now).add(to: v1)
        InductionWhatIfRoutes(database: database, now: now).add(to: v1)
        router.add(middleware: MethodNotAllowedMiddleware(routes: router.routes))
        return router
    }

    /// The background jobs as a service, when the configuration runs them.
    public var jobs: JobScheduler? {
        configuration.jobsInterval.map {
            JobScheduler(
                database: database, interval: $0, backups: configuration.backups, now: now, logger: logger,
                metrics: metrics)
        }
    }

    /// The notices' delivery as a service, when the configuration names a channel: it looks for due notices every
    /// few seconds, as often as the jobs when they run more often.
    public var noticeDeliverer: NoticeDeliverer? {
        configuration.notices.flatMap { $0.isEmpty ? nil : $0 }.map {
            NoticeDeliverer(
                operations: TrainingOperations(database: database), channels: $0,
                pause: min(.seconds(5), configuration.jobsInterval ?? .seconds(5)), logger: logger)
        }
    }

    /// The application, ready for a `ServiceGroup` (or `runService()`), with the jobs and the notices' delivery
    /// running beside it.
    public func application() -> some ApplicationProtocol {
        let open = ConnectionLimit.Open(limit: configuration.maxConnections)
        var http = HTTP1Channel.Configuration(additionalChannelHandlers: [
            ConnectionLimit(open, language: configuration.language), ConnectRefusal(),
        ])
        http.idleTimeout = TimeAmount.nanoseconds(
            Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000
                + configuration.idleTimeout.components.attoseconds / 1_000_000_000)
        return Application(
            router: HeadAsGet(router: router()),
            server: .http1(configuration: http),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ttbd"),
            services: [jobs as (any Service)?, noticeDeliverer, replicas.map(ReplicaMonitor.init)].compactMap { $0 },
            onServerRunning: { [logger] channel in
                logger.info("listening", metadata: ["address": .string(channel.localAddress?.description ?? "?")])
            },
            logger: logger)
    }
}
