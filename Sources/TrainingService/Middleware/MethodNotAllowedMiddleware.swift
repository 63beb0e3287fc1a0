import HTTPTypes
import Hummingbird
import TrainingModel

/// Answers 405 with `Allow` when the path is a route's but the method is not one of its methods; other
/// unknown requests stay 404.
///
/// Added to the router after every route: a router middleware wraps only the routes added after it, and the
/// router's not-found responder, so this one sees exactly the requests no route took.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    /// Each route's path split into its components (`{code}` a capture) and its methods.
    let routes: [(components: [Substring], methods: [HTTPRequest.Method])]

    init(routes: [Router<ServiceContext>.RouteDescription]) {
        var byPath: [String: [HTTPRequest.Method]] = [:]
        for route in routes { byPath[route.path.description, default: []].append(route.method) }
        self.routes = byPath.map { ($0.key.split(separator: "/"), $0.value) }
    }

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        let components = request.uri.path.split(separator: "/")
        guard let route = routes.first(where: { Self.matches(components, $0.components) }) else {
            return try await next(request, context)
        }
        let allowed = route.methods.map(\.rawValue).sorted().joined(separator: ", ")
        throw Problem(
            .methodNotAllowed, "\(request.method.rawValue) is not served here; use \(allowed).",
            headers: [.allow: allowed])
    }

    /// Whether a request's path components fit a route's: literal ones equal, `{name}` anything, and
    /// `{name}.ics` anything ending in `.ics`.
    static func matches(_ path: [Substring], _ template: [Substring]) -> Bool {
        guard path.count == template.count else { return false }
        return zip(path, template).allSatisfy { segment, pattern in
            guard pattern.first == "{", let close = pattern.firstIndex(of: "}") else { return segment == pattern }
            let suffix = pattern[pattern.index(after: close)...]
            return segment.count > suffix.count && segment.hasSuffix(suffix)
        }
    }
}
