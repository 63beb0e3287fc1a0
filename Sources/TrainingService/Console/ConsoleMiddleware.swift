import HTTPTypes
import Hummingbird
import PostgresInfrastructure
import TrainingStore

/// Every console page's first step: the browser's session, if it has one, becomes the request's account (the
/// same `Access` rules as the API then apply); errors become pages in the person's language; and every answer carries the
/// headers that keep it from being framed, sniffed, cached or made to run a script it did not ship.
struct ConsoleMiddleware: RouterMiddleware {
    let database: Database
    let signIns: ConsoleSignIns
    let pages: ConsolePages

    /// Scripts and styles from our own files only (no inline script or style, so injected markup cannot run).
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        var response: Response
        do {
            if let session = try await signIns.session(of: request),
                let account = try await database.accounts.consoleAccount(id: session.accountID)
            {
                context.account = account
                context.consoleSession = session
                context.authenticatedUser.record(account.username)
            }
            response = try await next(request, context)
        } catch {
            response = ErrorPage(error, request: request, context: context).response(pages)
        }
        // A printed page that must carry its own style names that style by its hash in a policy of its own.
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
