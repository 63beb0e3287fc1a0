import Hummingbird
import TrainingModel

/// A failed console request as a page: the status of the API's problem for the same error, a Vietnamese title,
/// and the problem's words (the store's own, as the API gives them).
struct ErrorPage: Sendable {
    let frame: ConsoleFrame
    let heading: String
    let detail: String
    let status: HTTPResponse.Status
    let retryAfter: String?

    init(_ error: any Error, context: ServiceContext) {
        let problem = Problem(error, language: .vietnamese)
        if problem.status == .internalServerError {
            context.logger.error("console page failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        status = problem.status
        heading = Self.heading(problem.status)
        detail = problem.detail
        retryAfter = problem.headers[.retryAfter]
        frame = ConsoleFrame(title: heading, context: context)
    }

    func response(_ pages: ConsolePages) -> Response {
        var response = pages.page("error", self, status: status)
        if let retryAfter { response.headers[.retryAfter] = retryAfter }
        return response
    }

    private static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "Không tìm thấy"
        case 403: "Không được phép"
        case 409, 422, 400: "Không thực hiện được"
        case 429: "Thử lại sau ít phút"
        case 503: "Dịch vụ tạm thời chưa sẵn sàng"
        default: "Đã có lỗi"
        }
    }
}
