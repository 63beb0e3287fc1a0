import ArgumentParser
import Foundation
import Logging
import PostgresInfrastructure
import ServiceLifecycle
import TrainingModel
import TrainingOperations
import TrainingService
import TrainingStore

extension TTBD {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: inLanguage(
                en: "Serve the JSON API, the calendar feeds and the background jobs over HTTP.",
                vi: "Chạy dịch vụ qua HTTP: API JSON, nguồn lịch (calendar feed) và các tác vụ nền."),
            discussion: inLanguage(
                en: """
                    Stops gracefully on SIGTERM or SIGINT: requests in flight finish first. Logs one JSON line per \
                    request on stderr (more with TTBD_LOG_LEVEL=debug).
                    """,
                vi: """
                    Dừng an toàn khi nhận SIGTERM hoặc SIGINT: các yêu cầu đang xử lý được hoàn tất trước. Ghi nhật \
                    ký mỗi yêu cầu một dòng JSON ra stderr (chi tiết hơn với TTBD_LOG_LEVEL=debug).
                    """))

        @Option(help: .inLanguage(en: "The address to listen on.", vi: "Địa chỉ lắng nghe kết nối.")) var host =
            "127.0.0.1"
        @Option(
            help: .inLanguage(
                en: "The port to listen on (0 for any free port).",
                vi: "Cổng lắng nghe kết nối (0 để dùng một cổng bất kỳ còn trống)."))
        var port = 8080
        @Option(
            name: .customLong("jobs-every"),
            help: .inLanguage(
                en: "How often to run the background jobs, e.g. 60s, 5m.",
                vi: "Chu kỳ chạy các tác vụ nền, ví dụ 60s, 5m.", valueName: "interval"))
        var jobsEvery = DurationArgument(argument: "60s")!
        @Flag(
            help: .inLanguage(
                en: "Run no background jobs in this process (another one runs them).",
                vi: "Không chạy tác vụ nền trong tiến trình này (một tiến trình khác chạy chúng)."))
        var noJobs = false
        @Option(
            name: .customLong("auth-failures"),
            help: .inLanguage(
                en: "Failed authentications one client may make per minute before it gets 429 (a fuzzer needs more).",
                vi: """
                    Số lần xác thực thất bại mà một máy khách được phép trong mỗi phút trước khi bị trả mã 429 (công \
                    cụ kiểm thử fuzzer cần nhiều hơn).
                    """))
        var authFailures = 10
        @Option(
            name: .customLong("trusted-proxy"),
            help: .inLanguage(
                en: """
                    A proxy in front (nginx) whose X-Forwarded-For names the client, as an address or CIDR; \
                    repeatable.
                    """,
                vi: """
                    Máy chủ proxy đứng trước (nginx) mà tiêu đề X-Forwarded-For của nó cho biết máy khách, ghi bằng \
                    địa chỉ hoặc CIDR; có thể dùng nhiều lần.
                    """,
                valueName: "CIDR"))
        var trustedProxies: [String] = []
        @Option(
            name: .customLong("idle-timeout"),
            help: .inLanguage(
                en: "Close a connection silent this long (between requests, or mid-headers).",
                vi: "Đóng kết nối im lặng quá khoảng thời gian này (giữa các yêu cầu, hoặc giữa chừng phần tiêu đề).",
                valueName: "interval"))
        var idleTimeout = DurationArgument(argument: "30s")!
        @Option(
            name: .customLong("replica-lag"),
            help: .inLanguage(
                en: "With DATABASE_READ_URL: how far behind the primary a replica may be and still answer.",
                vi: """
                    Với DATABASE_READ_URL: độ trễ tối đa của một máy chủ bản sao (replica) so với máy chủ chính mà \
                    máy chủ bản sao vẫn được dùng để trả lời.
                    """,
                valueName: "interval"))
        var replicaLag = DurationArgument(argument: "5s")!
        @Option(
            name: .customLong("max-connections"),
            help: .inLanguage(
                en: "The most connections held open at once; one more is answered 503 and closed.",
                vi: "Số kết nối mở đồng thời tối đa; kết nối vượt quá được trả mã 503 rồi đóng lại."))
        var maxConnections = 4_096
        @OptionGroup var backups: BackupScheduleOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            for proxy in trustedProxies where AddressRange(proxy) == nil {
                throw ValidationError(
                    localized("--trusted-proxy '\(proxy)' is not an address or a CIDR such as 10.0.0.0/8"))
            }
            guard maxConnections >= 1 else { throw ValidationError(localized("--max-connections is at least 1")) }
            guard (0...65_535).contains(port) else {
                throw ValidationError(localized("--port is a TCP port, 0 to 65535 (0 for any free one), not \(port)"))
            }
            if noJobs && backups.backupEvery != nil {
                throw ValidationError(localized("--backup-every runs with the background jobs; drop --no-jobs"))
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
                throw ValidationError(
                    localized("TTBD_METRICS_TOKEN must be at least 32 characters; it guards /metrics"))
            }
            let replicaSettings = try Self.readReplicas(environment: environment)
            try await database.withDatabase(outlivingRestarts: true) { database in
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
