import Hummingbird
import TrainingModel

/// A failed console request as a page: the status of the API's problem for the same error, a title, and the
/// problem's words (the store's own, as the API gives them), in the page's language.
struct ErrorPage: ConsoleView {
    let frame: ConsoleFrame
    let heading: String
    let detail: String
    let status: HTTPResponse.Status
    let retryAfter: String?

    init(_ error: any Error, request: Request, context: ServiceContext) {
        let language = request.consoleLanguage
        let problem = Problem(error, language: language)
        if problem.status == .internalServerError {
            context.logger.error("console page failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        status = problem.status
        heading = Self.heading(problem.status, in: language)
        detail = problem.detail
        retryAfter = problem.headers[.retryAfter]
        frame = ConsoleFrame(title: heading, request: request, context: context)
    }

    func response(_ pages: ConsolePages) -> Response {
        var response = pages.page("error", self, status: status)
        if let retryAfter { response.headers[.retryAfter] = retryAfter }
        return response
    }

    private static func heading(_ status: HTTPResponse.Status, in language: Language) -> String {
        switch status.code {
        case 404: language.words(vi: "Không tìm thấy", en: "Not found")
        case 403: language.words(vi: "Không được phép", en: "Not allowed")
        case 409, 422, 400: language.words(vi: "Không thực hiện được", en: "Could not be done")
        case 429: language.words(vi: "Thử lại sau ít phút", en: "Try again in a few minutes")
        case 503: language.words(vi: "Dịch vụ tạm thời chưa sẵn sàng", en: "The service is not ready yet")
        default: language.words(vi: "Đã có lỗi", en: "Something went wrong")
        }
    }
}
