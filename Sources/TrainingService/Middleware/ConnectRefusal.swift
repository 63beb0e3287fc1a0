import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers `CONNECT` with 405 and closes the connection. The HTTP/1 decoder takes a `CONNECT` for the start of a
/// tunnel and stops reading the connection after it, so the router's answer left the connection open, unread,
/// until the idle timeout (found by issue 18's attack: a cheap way to hold connections). A channel handler, since
/// only the channel can be closed.
final class ConnectRefusal: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(let request) = unwrapInboundIn(data), request.method == .connect else {
            context.fireChannelRead(data)
            return
        }
        let refusal = HTTPResponse(
            status: .methodNotAllowed,
            headerFields: [.allow: "GET, HEAD, POST, PUT", .connection: "close", .contentLength: "0"])
        context.write(wrapOutboundOut(.head(refusal)), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }
}
