import HTTPTypes
import Hummingbird

/// Answers `HEAD` as `GET` without the body (RFC 9110 §9.3.2), for every route: monitors and calendar apps ask
/// `HEAD /health` and `HEAD` of a feed, and the router has GET routes only (405 before). Wraps the router, since
/// the router picks a route by method before any of its middleware runs.
struct HeadAsGet<Builder: HTTPResponderBuilder>: HTTPResponderBuilder
where Builder.Responder.Context == ServiceContext {
    let router: Builder

    func buildResponder() -> CallbackResponder<ServiceContext> {
        let responder = router.buildResponder()
        return CallbackResponder { request, context in
            guard request.method == .head else { return try await responder.respond(to: request, context: context) }
            var head = request.head
            head.method = .get
            let response = try await responder.respond(to: Request(head: head, body: request.body), context: context)
            return Response(status: response.status, headers: response.headers, body: .init())
        }
    }
}
