import Foundation
import FoundationNetworking
import TestSupport
import Testing

/// Issue 20: several `ttbd serve` processes behind a load balancer. Two processes on one database behind Debian's
/// nginx, configured with docs/nginx/ttbd-proxy.conf as a deployment is: requests reach both, and killing one
/// (`kill -9`, mid-stream) fails no request, since nginx sends it to the other. That the two run each background
/// job and deliver each notice once is JobProcessesTests's and the notice tests' to show.
@Suite("Two ttbd serve processes behind nginx")
struct LoadBalancerTests {
    @Test("requests reach both; one killed mid-stream, not one request fails")
    func twoBehindNginx() async throws {
        try await MeFixture.with { fixture in
            try await MeService.with(database: fixture.world.database) { second in
                try await Nginx.with(upstreams: [fixture.service.url, second.url]) { nginx in
                    let headers = ["Authorization": "Bearer \(fixture.apiToken)"]
                    var reached: Set<String> = []
                    for _ in 0..<20 {
                        let (status, upstream) = try await nginx.get("/v1/me/schedule", headers: headers)
                        #expect(status == 200)
                        reached.insert(upstream)
                    }
                    #expect(reached.count == 2, "answered by \(reached.sorted())")

                    // Four clients send 120 requests; after the 30th answer the second process is killed.
                    let answers = Answers()
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for _ in 0..<4 {
                            group.addTask {
                                for _ in 0..<30 {
                                    let (status, upstream) = try await nginx.get("/v1/me/schedule", headers: headers)
                                    if await answers.record(status: status, upstream: upstream) == 30 {
                                        kill(second.processIdentifier, SIGKILL)
                                    }
                                }
                            }
                        }
                        try await group.waitForAll()
                    }
                    let statuses = await answers.statuses
                    #expect(statuses.count == 120)
                    #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")
                    let port = URL(string: second.url)!.port!
                    #expect(await answers.lastUpstreams(40).allSatisfy { !$0.hasSuffix(":\(port)") })
                }
            }
        }
    }
}

/// The answers of the concurrent clients, in the order they came.
private actor Answers {
    private(set) var statuses: [Int] = []
    private var upstreams: [String] = []

    /// Records one answer and returns how many there are.
    func record(status: Int, upstream: String) -> Int {
        statuses.append(status)
        upstreams.append(upstream)
        return statuses.count
    }

    func lastUpstreams(_ count: Int) -> [String] { Array(upstreams.suffix(count)) }
}

/// Debian's nginx on a free loopback port in front of `upstreams`, as a plain process of this test (no daemon,
/// no master process, everything in a temporary folder), with the proxy settings of docs/nginx/ttbd-proxy.conf.
/// Each answer names the process that gave it (`X-Upstream`).
private struct Nginx {
    let url: String

    static func with(upstreams: [String], _ body: (Nginx) async throws -> Void) async throws {
        let executable = try #require(
            ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "nginx is not installed: bash scripts/setup installs it")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let proxy = URL(fileURLWithPath: ReferenceData.folder).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/nginx/ttbd-proxy.conf").path
        let port = try MeService.freePort()
        let servers = upstreams.map {
            "server \(URL(string: $0)!.host!):\(URL(string: $0)!.port!) max_fails=1 fail_timeout=30s;"
        }
        let configuration = """
            master_process off;
            daemon off;
            pid \(folder.path)/nginx.pid;
            error_log \(folder.path)/error.log;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path \(folder.path)/body;
                proxy_temp_path \(folder.path)/proxy;
                fastcgi_temp_path \(folder.path)/fastcgi;
                uwsgi_temp_path \(folder.path)/uwsgi;
                scgi_temp_path \(folder.path)/scgi;
                upstream ttbd {
                    \(servers.joined(separator: "\n        "))
                    keepalive 16;
                }
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        include \(proxy);
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }
            """
        try configuration.write(toFile: "\(folder.path)/nginx.conf", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-p", folder.path, "-c", "\(folder.path)/nginx.conf"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: nginx without its master process keeps the signal mask it was started with, and this
            // process's threads block SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let nginx = Nginx(url: "http://127.0.0.1:\(port)")
        var started = false
        for _ in 0..<100 where !started {
            started = (try? await nginx.get("/health", headers: [:]))?.status == 200
            if !started { try await Task.sleep(for: .milliseconds(100)) }
        }
        let log = (try? String(contentsOfFile: "\(folder.path)/error.log", encoding: .utf8)) ?? ""
        try #require(started, "nginx did not answer on port \(port): \(log)")
        try await body(nginx)
    }

    /// The status of `GET path` through nginx, and the upstream that answered.
    func get(_ path: String, headers: [String: String]) async throws -> (status: Int, upstream: String) {
        var request = URLRequest(url: URL(string: url + path)!)
        request.timeoutInterval = 30
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (_, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "X-Upstream") ?? "")
    }
}
