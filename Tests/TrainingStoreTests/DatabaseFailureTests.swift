import NIOCore
import PostgresInfrastructure
import Testing

/// What counts as a lost connection: a command whose server crashes must end with "unavailable" (69), not as a bug.
@Suite("Lost connections")
struct DatabaseFailureTests {
    /// The fault suite crashed the server during `rooms import` and the write on the dead connection surfaced as
    /// NIO's own error: exit 70, "internal error: I/O on closed channel".
    @Test("NIO's closed-channel errors are a lost connection, worded for a person")
    func closedChannel() {
        for error in [ChannelError.ioOnClosedChannel, .alreadyClosed, .eof] {
            #expect(DatabaseFailure.isConnectionFailure(error), "\(error)")
        }
        #expect(
            DatabaseFailure.summary(of: ChannelError.ioOnClosedChannel)
                == "the server closed the connection (it stopped or restarted)")
        #expect(!DatabaseFailure.isConnectionFailure(ChannelError.inappropriateOperationForState))
    }
}
