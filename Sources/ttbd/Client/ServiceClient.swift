import Foundation
import FoundationNetworking
import TrainingModel

/// `ttbd serve` over HTTP, as a delegate reaches it: every request carries the personal token, and every
/// way it can fail becomes a ``ClientError`` that says what to do.
struct ServiceClient: Sendable {
    /// The service's base address (`https://ttbd.example.vn`, or with a path prefix).
    var server: URL
    var token: String
    /// How long to wait for the service to answer, and for a whole request.
    var timeout: Duration = .seconds(15)

    /// Checks a server address as a person typed it: http or https, with a host; a trailing slash is dropped.
    static func serverURL(_ text: String) throws -> URL {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else {
            throw ClientError(
                .usage,
                "'\(text)' is not the address of a ttbd service; expected http(s)://host[:port], e.g. http://127.0.0.1:8080"
            )
        }
        return url
    }

    /// Refuses to send a token in clear over the network: `http://` only to this machine, unless `insecure`
    /// (a network the person trusts, e.g. a training room's own).
    static func requireSecure(_ url: URL, insecure: Bool) throws {
        guard url.scheme?.lowercased() == "http", !insecure,
            !["localhost", "127.0.0.1", "::1", "[::1]"].contains(url.host?.lowercased() ?? "")
        else { return }
        throw ClientError(
            .usage,
            "\(url) is plain http: your token would cross the network unencrypted. Use the https:// address the "
                + "training center gave you, or add --insecure on a network you trust")
    }

    /// The body of a successful `GET path?query`.
    func get(_ path: String, query: [URLQueryItem] = [], accept: String = "application/json") async throws -> Data {
        try await send("GET", path, query: query, accept: accept)
    }

    /// The body of a successful `method path?query`, with `body` as JSON when given.
    func send(
        _ method: String, _ path: String, query: [URLQueryItem] = [], accept: String = "application/json",
        body: Data? = nil
    ) async throws -> Data {
        guard var components = URLComponents(url: server, resolvingAgainstBaseURL: false) else {
            throw ClientError(.usage, "'\(server)' is not the address of a ttbd service")
        }
        components.path += path
        components.queryItems = query.isEmpty ? nil : query
        var request = URLRequest(url: components.url!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue(accept, forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let seconds = Double(timeout.components.seconds)
        request.timeoutInterval = seconds
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = seconds
        configuration.timeoutIntervalForResource = seconds * 2
        let guardian = SameOriginRedirects(origin: server)
        let session = URLSession(configuration: configuration, delegate: guardian, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw ClientError(.unreachable, "cannot reach the ttbd service at \(server): \(Self.reason(error))")
        }
        guard let http = response as? HTTPURLResponse else {
            throw ClientError(.badResponse, "the service at \(server) did not answer with HTTP")
        }
        if (300..<400).contains(http.statusCode), let target = http.value(forHTTPHeaderField: "Location") {
            throw ClientError(
                .badResponse,
                "the service at \(server) sent this request on to \(target), another address: ttbd does not follow "
                    + "it, so your token stays with \(server); check the address with the training center")
        }
        guard (200..<300).contains(http.statusCode) else { throw failure(http, data) }
        return data
    }

    /// A JSON value from `GET path?query`.
    func get<Value: Decodable>(_ type: Value.Type, _ path: String, query: [URLQueryItem] = []) async throws -> Value {
        let data = try await get(path, query: query)
        do {
            return try Self.decoder.decode(type, from: data)
        } catch {
            throw ClientError(
                .badResponse,
                "the service at \(server) answered \(path) with JSON this ttbd cannot read (\(error)); is ttbd up to date?"
            )
        }
    }

    /// Every row of a list, page after page (`{"items": […], "nextCursor": …}`).
    func list<Row: Decodable>(_ type: Row.Type, _ path: String, query: [URLQueryItem] = []) async throws -> [Row] {
        var rows: [Row] = []
        var cursor: String?
        repeat {
            let pageQuery =
                query + [URLQueryItem(name: "limit", value: "500")]
                + (cursor.map { [URLQueryItem(name: "cursor", value: $0)] } ?? [])
            let page = try await get(Page<Row>.self, path, query: pageQuery)
            rows += page.items
            cursor = page.nextCursor
        } while cursor != nil
        return rows
    }

    private struct Page<Row: Decodable>: Decodable {
        var items: [Row]
        var nextCursor: String?
    }

    /// An `application/problem+json` body; its `detail` says what to do.
    private struct Problem: Decodable {
        var title: String?
        var detail: String?
    }

    private func failure(_ response: HTTPURLResponse, _ data: Data) -> ClientError {
        let problem = try? JSONDecoder().decode(Problem.self, from: data)
        let said =
            problem?.detail ?? problem?.title ?? HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
        switch response.statusCode {
        case 401:
            return ClientError(
                .tokenRejected,
                "the ttbd service at \(server) does not accept your token (wrong, revoked or expired): "
                    + "run `ttbd login --server \(server)` with a new token from the center")
        case 429:
            guard let wait = response.value(forHTTPHeaderField: "Retry-After") else {
                return ClientError(
                    .unreachable, "the ttbd service at \(server) refused too many attempts: try again later")
            }
            return ClientError(
                .unreachable, "the ttbd service at \(server) refused too many attempts: try again in \(wait) seconds")
        case 503:
            return ClientError(.unreachable, "the ttbd service at \(server) is unavailable (\(said)); try again later")
        case 500...:
            return ClientError(
                .badResponse, "the ttbd service at \(server) failed (HTTP \(response.statusCode): \(said))")
        default:
            return ClientError(.refused, "the ttbd service at \(server) refused: \(said)")
        }
    }

    /// Why a request got no answer, in words.
    private static func reason(_ error: any Error) -> Message {
        guard let error = error as? URLError else { return Message(verbatim: "\(error)") }
        switch error.code {
        case .cannotConnectToHost:
            return "nothing answers there (connection refused); is the address right and the service running?"
        case .timedOut: return "no answer in time; check your connection, or try again later"
        case .cannotFindHost, .dnsLookupFailed: return "the host name is unknown; check the address"
        case .notConnectedToInternet: return "this computer is offline; connect to the network and try again"
        case .networkConnectionLost: return "the connection dropped; try again"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "the secure connection failed (TLS); check the address with the center"
        default: return "network error \(error.code.rawValue); check your connection and the address"
        }
    }

    /// Instants as the service writes them: ISO 8601, whole seconds.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// Follows a redirect only within the service's own origin (scheme, host and port), since the request carries
/// the bearer token: a redirect elsewhere is answered to the caller, who refuses it.
final class SameOriginRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    let origin: URL

    init(origin: URL) {
        self.origin = origin
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(request.url.map(sameOrigin) == true ? request : nil)
    }

    private func sameOrigin(_ url: URL) -> Bool {
        url.scheme?.lowercased() == origin.scheme?.lowercased() && url.host?.lowercased() == origin.host?.lowercased()
            && (url.port ?? Self.defaultPort(url)) == (origin.port ?? Self.defaultPort(origin))
    }

    private static func defaultPort(_ url: URL) -> Int { url.scheme?.lowercased() == "https" ? 443 : 80 }
}
