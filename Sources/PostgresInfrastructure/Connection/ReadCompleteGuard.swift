internal import PostgresNIO

/// Drops a `channelReadComplete` that no `read` asked for, so that a server going away while a row stream
/// waits for its consumer fails the query instead of stopping the process.
///
/// When the server closes the connection, NIO drains the socket without being asked and ends with a
/// `channelReadComplete`. postgres-nio 1.33's row stream, if it is then waiting for its consumer's demand,
/// treats that as impossible ("How can we receive a body part, after a channelReadComplete, but no read has
/// been forwarded yet") and stops the process (SIGILL, exit 132), where the close that follows would have
/// failed the query and let the command end with exit 69. The guard sits next to the socket, where every
/// `read` postgres-nio lets through passes on its way out.
final class ReadCompleteGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Whether a `read` went out since the last `channelReadComplete`. It starts true: a read may already be
    /// under way when the guard is added to a working connection.
    private var readRequested = true

    func read(context: ChannelHandlerContext) {
        readRequested = true
        context.read()
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        guard readRequested else { return }
        readRequested = false
        context.fireChannelReadComplete()
    }
}

extension PostgresConnection {
    /// Puts a ``ReadCompleteGuard`` next to the socket of this connection, once.
    ///
    /// postgres-nio keeps the connection's channel internal, so it is read by reflection; a postgres-nio
    /// that renames it leaves the connection unguarded, as it was before.
    func guardReadCompletes() async throws {
        guard let channel = Mirror(reflecting: self).descendant("channel") as? any Channel else { return }
        try await channel.eventLoop.submit {
            let pipeline = channel.pipeline.syncOperations
            if (try? pipeline.handler(type: ReadCompleteGuard.self)) == nil {
                try pipeline.addHandler(ReadCompleteGuard(), position: .first)
            }
        }.get()
    }
}
