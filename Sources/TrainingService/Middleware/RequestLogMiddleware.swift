import HTTPTypes
import Hummingbird
import Logging
import TrainingModel

/// Gives every response an `X-Request-Id` (the client's, when it sent a sensible one) and logs one line per
/// request with its method, route, status, duration and, once its token is checked, account, tagged with that id;
/// with ``ServiceMetrics``, it also counts the request there (by the same route template).
///
/// A path with an empty, `.` or `..` segment (or one percent-encoded) is refused with 400 before routing: such
/// paths reached a feed by another spelling, past the log's redaction. What is logged is the route's template
/// (`/v1/calendar/{feedToken}.ics`), never a secret it carries; a path no route took is logged with anything
/// shaped like a token left out.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let metrics: ServiceMetrics?
    /// The language of problems for a client that does not say which it reads.
    let language: Language

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = request.headers[.requestID].flatMap(Self.acceptable) ?? context.id
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        let started = ContinuousClock.now
        var response: Response
        let canonical = Self.isCanonical(request.uri.path)
        do {
            guard canonical else {
                throw Problem(.badRequest, "The path has an empty, '.' or '..' segment; send it without them.")
            }
            response = try await next(request, context)
        } catch {
            let reader = request.headers[.acceptLanguage].flatMap(Language.init(acceptLanguage:)) ?? language
            let problem = Problem(error, language: reader)
            if problem.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
            }
            response = try problem.response(from: request, context: context)
        }
        response.headers[.requestID] = id
        let duration = ContinuousClock.now - started
        let elapsed = duration / .milliseconds(1)
        let path = canonical ? Self.loggable(request.uri.path, route: context.endpointPath) : "(not canonical)"
        metrics?.recordRequest(
            method: request.method.rawValue,
            route: context.endpointPath.map { $0 == "NotFound" ? "(none)" : $0 } ?? "(none)",
            status: response.status.code, duration: duration)
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "path": .string(path),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .stringConvertible(elapsed),
        ]
        if let username = context.authenticatedUser.username { metadata["account"] = .string(username) }
        context.logger.info("request", metadata: metadata)
        return response
    }

    /// What the log says of a request's path: the template of the route that took it, or else the path with
    /// every segment that looks like a token (`ttbd_…`, `ttbdcal_…`) left out. Logs are read by more people than
    /// the delegate whose calendar a feed's address opens.
    static func loggable(_ path: String, route: String?) -> String {
        if let route, route != "NotFound" { return route }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.lowercased().hasPrefix("ttbd") ? "…" : String(segment)
        }.joined(separator: "/")
    }

    /// Whether `path` (as sent, percent-encoded) has no empty, `.` or `..` segment, spelled out or encoded.
    static func isCanonical(_ path: String) -> Bool {
        let lowered = path.lowercased()
        guard !lowered.contains("%2e"), !lowered.contains("%2f"), !lowered.contains("%5c") else { return false }
        let segments = Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
        return segments.indices.allSatisfy { index in
            let segment = segments[index]
            return segment != "." && segment != ".." && (!segment.isEmpty || index == segments.count - 1)
        }
    }

    /// A client's id is kept only when short and plain, so it cannot forge log lines.
    private static func acceptable(_ id: String) -> String? {
        id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            ? id : nil
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
