import Foundation
import Hummingbird

/// The pages behind sign-in: a browser without a session is sent to the sign-in page (and back after it); a form
/// posted without its session's token is refused before its route runs.
struct SignedInMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        guard let session = context.consoleSession else {
            guard request.method == .get || request.method == .head else {
                throw HTTPError(
                    .forbidden,
                    message: request.consoleLanguage.words(
                        vi: "Phiên đăng nhập đã hết; hãy đăng nhập lại rồi làm lại.",
                        en: "Your session has ended; sign in again and try again."))
            }
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return ConsolePages.redirect(to: "/sign-in?next=" + ConsoleForm.encoded(next))
        }
        var request = request
        if request.method != .get && request.method != .head {
            let form = try await ConsoleForm(&request, context: context)
            guard CSRFToken.matches(form["_csrf"], session.csrfToken) else {
                throw HTTPError(
                    .forbidden,
                    message: request.consoleLanguage.words(
                        vi: "Biểu mẫu này đã cũ hoặc không đến từ ttbd; hãy tải lại trang rồi làm lại.",
                        en: "This form is out of date or did not come from ttbd; reload the page and try again."))
            }
        }
        return try await next(request, context)
    }
}
