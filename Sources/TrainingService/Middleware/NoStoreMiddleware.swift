import HTTPTypes
import Hummingbird

/// Marks the API's answers `Cache-Control: no-store` unless a route chose otherwise: they hold people's records
/// and tokens' views, which no cache between client and service may keep.
struct NoStoreMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
