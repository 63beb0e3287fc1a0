import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import PostgresInfrastructure

/// The console's sessions and their cookie: `HttpOnly`, `SameSite=Lax`, and `Secure` when the browser reached
/// us over TLS (through a trusted proxy that says so in `X-Forwarded-Proto`), for a working day.
struct ConsoleSignIns: Sendable {
    static let cookieName = "ttbd_console"
    static let lifetime = Duration.seconds(12 * 60 * 60)

    private let plain: SessionStorage<ConsoleSession>
    private let secure: SessionStorage<ConsoleSession>
    private let proxies: [AddressRange]

    init(database: Database, proxies: [AddressRange]) {
        let driver = ConsolePersistDriver(database: database)
        func storage(secure: Bool) -> SessionStorage<ConsoleSession> {
            SessionStorage(
                driver,
                configuration: .init(
                    sessionCookieParameters: .init(name: Self.cookieName, path: "/", secure: secure, sameSite: .lax),
                    keyPrefix: "console."))
        }
        plain = storage(secure: false)
        secure = storage(secure: true)
        self.proxies = proxies
    }

    /// Whether the browser sees this request over https: only a trusted proxy's word counts.
    func overTLS(_ request: Request, context: ServiceContext) -> Bool {
        proxies.contains(where: { $0.contains(context.remoteAddress) })
            && request.headers[.xForwardedProto]?.lowercased() == "https"
    }

    func session(of request: Request) async throws -> ConsoleSession? {
        try await plain.load(request: request)
    }

    /// Starts a session for the account and returns the cookie that carries it.
    func start(accountID: Int, request: Request, context: ServiceContext) async throws -> Cookie {
        let session = ConsoleSession(accountID: accountID, csrfToken: CSRFToken.random())
        return try await storage(request, context).save(session: session, expiresIn: Self.lifetime)
    }

    /// Ends the request's session and returns the cookie that clears it.
    func end(request: Request, context: ServiceContext) async throws -> Cookie {
        try await storage(request, context).delete(request: request)
    }

    private func storage(_ request: Request, _ context: ServiceContext) -> SessionStorage<ConsoleSession> {
        overTLS(request, context: context) ? secure : plain
    }
}

extension HTTPField.Name {
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
