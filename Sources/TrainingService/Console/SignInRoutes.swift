import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingOperations

/// `/sign-in` and `/sign-out`. The sign-in form has no session yet, so its CSRF token travels in a cookie beside
/// it (double submit). Failures count against the client's address with the API's limit, and every answer to a
/// wrong username or password is the same.
struct SignInRoutes {
    let database: Database
    let pages: ConsolePages
    let signIns: ConsoleSignIns
    let limiter: FailureLimiter
    let proxies: [AddressRange]

    static let formCookie = "ttbd_sign_in"

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let csrfToken: String
        let next: String
        let username: String
        let failure: String?
    }

    func add(to console: RouterGroup<ServiceContext>, signedIn: RouterGroup<ServiceContext>) {
        console.get("sign-in") { request, context in
            let next = Self.safeNext(ConsoleForm(query: request)["next"])
            if context.account != nil { return ConsolePages.redirect(to: next) }
            return form(next: next, username: "", failure: nil, request: request, context: context)
        }
        console.post("sign-in") { request, context in
            var request = request
            let form = try await ConsoleForm(&request, context: context)
            let next = Self.safeNext(form["next"])
            let language = request.consoleLanguage
            guard let expected = request.cookies[Self.formCookie]?.value,
                CSRFToken.matches(form["_csrf"], String(expected))
            else {
                throw HTTPError(
                    .forbidden,
                    message: language.words(
                        vi: "Trang đăng nhập đã cũ; hãy tải lại trang rồi đăng nhập.",
                        en: "The sign-in page is out of date; reload it and sign in."))
            }
            let client =
                "console:" + proxies.client(peer: context.remoteAddress, forwardedFor: request.headers[.xForwardedFor])
            try await limiter.refuseIfLimited(client: client) {
                language.words(
                    vi: "Đăng nhập sai quá nhiều lần; hãy đợi \($0) giây rồi thử lại.",
                    en: "Too many failed sign-ins; wait \($0) seconds and try again.")
            }
            let username = (form["username"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard
                let account = try await TrainingOperations(database: database).consoleAccount(
                    username: username, password: form["password"] ?? "")
            else {
                await limiter.recordFailure(client: client)
                return self.form(
                    next: next, username: username,
                    failure: language.words(
                        vi: "Tên đăng nhập hoặc mật khẩu không đúng.", en: "Wrong username or password."),
                    request: request, context: context)
            }
            context.logger.info("console sign-in", metadata: ["username": .string(account.username)])
            var response = ConsolePages.redirect(to: next)
            response.setCookie(try await signIns.start(accountID: account.id, request: request, context: context))
            response.setCookie(Cookie(name: Self.formCookie, value: "", maxAge: 0, path: "/sign-in", sameSite: .strict))
            return response
        }
        signedIn.post("sign-out") { request, context in
            var response = ConsolePages.redirect(to: "/sign-in")
            response.setCookie(try await signIns.end(request: request, context: context))
            return response
        }
    }

    /// The sign-in page with a fresh form token in its cookie.
    private func form(next: String, username: String, failure: String?, request: Request, context: ServiceContext)
        -> Response
    {
        let token = CSRFToken.random()
        let view = View(
            frame: ConsoleFrame(
                title: request.consoleLanguage.words(vi: "Đăng nhập", en: "Sign in"), request: request,
                context: context),
            csrfToken: token, next: next,
            username: username, failure: failure)
        var response = pages.page("sign-in", view)
        response.setCookie(
            Cookie(name: Self.formCookie, value: token, maxAge: 3600, path: "/sign-in", sameSite: .strict))
        return response
    }

    /// Where to go after signing in: a path of this site, never another site (`//evil.example`, `https://…`).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            !next.contains(where: { $0.isNewline })
        else { return "/" }
        return next
    }
}
