import HTTPTypes
import Hummingbird
import Logging

/// Gives every response an `X-Request-Id` (the client's, when it sent a sensible one) and logs one line per
/// request with its method, path, status, duration and, once its token is checked, account, tagged with that id.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = request.headers[.requestID].flatMap(Self.acceptable) ?? context.id
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let problem = Problem(error)
            if problem.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
            }
            response = try problem.response(from: request, context: context)
        }
        response.headers[.requestID] = id
        let elapsed = (ContinuousClock.now - started) / .milliseconds(1)
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue), "path": .string(Self.loggable(request.uri.path)),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .stringConvertible(elapsed),
        ]
        if let username = context.authenticatedUser.username { metadata["account"] = .string(username) }
        context.logger.info("request", metadata: metadata)
        return response
    }

    /// The path with the secret of a calendar feed's address left out: logs are read by more people than
    /// the delegate whose calendar it opens.
    static func loggable(_ path: String) -> String {
        path.hasPrefix(Self.calendarFeeds) ? Self.calendarFeeds + "…" : path
    }

    private static let calendarFeeds = "/v1/calendar/"

    /// A client's id is kept only when short and plain, so it cannot forge log lines.
    private static func acceptable(_ id: String) -> String? {
        id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            ? id : nil
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
