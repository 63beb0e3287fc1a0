import Foundation
import HTTPTypes
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// Puts the account of the request's `Authorization: Bearer` token into the context, or answers 401 (no
/// token, or one that is unknown, revoked or expired) or 429 (too many failures from this client).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let database: Database
    let limiter: FailureLimiter
    /// The proxies whose `X-Forwarded-For` names the client.
    let proxies: [AddressRange]
    let now: @Sendable () -> Date

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        guard let token = request.headers[.authorization].flatMap(Self.bearerToken) else {
            throw Problem.unauthorized(
                "Send your API token as `Authorization: Bearer <token>`; the training center gives it to you.")
        }
        let client = proxies.client(peer: context.remoteAddress, forwardedFor: request.headers[.xForwardedFor])
        guard
            let presented = try await limiter.authenticate(
                client: client, token: token,
                {
                    try await database.accounts.presented(token, purpose: .api, now: now())
                })
        else {
            throw Problem.unauthorized(
                "This token is unknown, revoked or expired; ask the training center for a new one.")
        }
        let account = presented.account
        var context = context
        context.account = account
        context.delegateRevision = presented.revision
        context.logger[metadataKey: "account"] = .string(account.username)
        context.authenticatedUser.record(account.username)
        return try await next(request, context)
    }

    private static func bearerToken(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}

extension Problem {
    static func unauthorized(_ detail: Message) -> Problem {
        Problem(.unauthorized, detail, headers: [.wwwAuthenticate: "Bearer realm=\"ttbd\""])
    }
}
