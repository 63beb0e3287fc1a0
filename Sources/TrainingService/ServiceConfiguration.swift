public import Foundation
public import TrainingModel
public import TrainingOperations
public import TrainingStore

/// How `ttbd serve` runs: where it listens, how often it runs the background jobs, how many failed
/// authentications a client may make.
public struct ServiceConfiguration: Sendable {
    /// The language of a problem's `detail` for a client whose `Accept-Language` names neither Vietnamese nor
    /// English (or is absent): `ttbd serve` passes the one of its environment.
    public var language: Language
    /// The address to listen on; default `127.0.0.1`.
    public var host: String
    /// The port; default 8080, 0 for any free port.
    public var port: Int
    /// How often the background jobs run; nil runs none. Default one minute.
    public var jobsInterval: Duration?
    /// When and where the jobs back the database up; nil makes no backups.
    public var backups: BackupSchedule?
    /// Failed authentications one client may make per window before it gets 429; default 10.
    public var failedAuthenticationLimit: Int
    /// That window; default 60 seconds.
    public var failedAuthenticationWindow: TimeInterval

    /// The proxies (nginx in front) whose `X-Forwarded-For` names the client for the failure limit; none by
    /// default, so a client cannot pick its own address.
    public var trustedProxies: [AddressRange]

    /// How long a connection may stay silent (between requests, or part-way through a request's headers)
    /// before it is closed; default 30 seconds.
    public var idleTimeout: Duration

    /// The most connections held open at once; one more is answered 503 and closed. Default 4,096, well under
    /// the process's usual limit of file descriptors.
    public var maxConnections: Int

    /// How long a request may take before it is answered 503; default 10 seconds.
    public var requestDeadline: Duration

    /// The channels notices go through; nil (or none configured) delivers none (the outbox keeps them).
    public var notices: NoticeChannels?

    /// Where the material files delegates download are kept; nil: `MaterialFileStore.from(environment:)`.
    public var materials: MaterialFileStore?

    /// The bearer token `GET /metrics` asks for; nil (the default) serves no metrics.
    public var metricsToken: String?

    /// How far behind the primary a read replica may be and still answer; default 5 seconds.
    public var maxReplicaLag: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, jobsInterval: Duration? = .seconds(60),
        backups: BackupSchedule? = nil, failedAuthenticationLimit: Int = 10,
        failedAuthenticationWindow: TimeInterval = 60,
        requestDeadline: Duration = .seconds(10), notices: NoticeChannels? = nil,
        materials: MaterialFileStore? = nil, trustedProxies: [AddressRange] = [], idleTimeout: Duration = .seconds(30),
        maxConnections: Int = 4_096, metricsToken: String? = nil, maxReplicaLag: Duration = .seconds(5),
        language: Language = .vietnamese
    ) {
        self.language = language
        self.metricsToken = metricsToken
        self.maxReplicaLag = maxReplicaLag
        self.notices = notices
        self.materials = materials
        self.trustedProxies = trustedProxies
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.requestDeadline = requestDeadline
        self.host = host
        self.port = port
        self.jobsInterval = jobsInterval
        self.backups = backups
        self.failedAuthenticationLimit = failedAuthenticationLimit
        self.failedAuthenticationWindow = failedAuthenticationWindow
    }
}
