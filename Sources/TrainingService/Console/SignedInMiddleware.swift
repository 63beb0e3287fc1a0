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
                throw HTTPError(.forbidden, message: "Phiên đăng nhập đã hết; hãy đăng nhập lại rồi làm lại.")
            }
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return ConsolePages.redirect(to: "/sign-in?next=" + ConsoleForm.encoded(next))
        }
        var request = request
        if request.method != .get && request.method != .head {
            let form = try await ConsoleForm(&request, context: context)
            guard CSRFToken.matches(form["_csrf"], session.csrfToken) else {
                throw HTTPError(
                    .forbidden, message: "Biểu mẫu này đã cũ hoặc không đến từ ttbd; hãy tải lại trang rồi làm lại.")
            }
        }
        return try await next(request, context)
    }
}
