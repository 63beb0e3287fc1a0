import Foundation
import NIOCore
import Synchronization
import TrainingModel

/// Caps the connections the service holds open at once: one more is answered `503` with `Retry-After` and
/// closed, so a flood of idle or half-sent connections cannot take the process's file descriptors (found: 20,000
/// of them stopped `/health`). With the idle timeout, which closes the flood's connections, the service serves
/// again by itself.
final class ConnectionLimit: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = ByteBuffer

    /// The count all connections share.
    final class Open: Sendable {
        let count = Atomic<Int>(0)
        let limit: Int

        init(limit: Int) {
            self.limit = limit
        }
    }

    let open: Open
    /// The language of the refusal's words: no request has been read yet to ask the client's.
    let language: Language
    private let counted = Atomic<Bool>(false)

    init(_ open: Open, language: Language) {
        self.open = open
        self.language = language
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted.store(true, ordering: .relaxed)
        guard open.count.wrappingAdd(1, ordering: .relaxed).newValue > open.limit else { return }
        // Written from the front of the pipeline, as bytes: the HTTP encoders behind it expect a response part.
        try? context.pipeline.syncOperations.addHandler(Refusal(language: language), position: .first)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if counted.exchange(false, ordering: .relaxed) { open.count.wrappingSubtract(1, ordering: .relaxed) }
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        if counted.exchange(false, ordering: .relaxed) { open.count.wrappingSubtract(1, ordering: .relaxed) }
    }

    /// Answers 503 on a connection over the cap, then closes it.
    final class Refusal: ChannelOutboundHandler, Sendable {
        typealias OutboundIn = ByteBuffer

        let language: Language

        init(language: Language) {
            self.language = language
        }

        func handlerAdded(context: ChannelHandlerContext) {
            let detail: Message =
                "The service has as many connections as it takes; try again in a few seconds."
            let body =
                #"{"status":503,"title":"Service Unavailable","detail":"#
                + Self.jsonString(detail.text(in: language)) + "}"
            let text =
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\n"
                + "Connection: close\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            context.writeAndFlush(NIOAny(context.channel.allocator.buffer(string: text))).whenComplete { _ in
                context.close(promise: nil)
            }
        }

        /// `text` as a JSON string, quotes included.
        private static func jsonString(_ text: String) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        }
    }
}
