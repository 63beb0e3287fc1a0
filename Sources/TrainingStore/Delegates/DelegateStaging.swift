import NIOCore
import PostgresInfrastructure
import TrainingModel

/// Where a roster's rows go on their way to the staging table. Each batch is encoded for COPY on the task that
/// stages it, so batches read side by side are also encoded side by side; the connection sends them in turn.
public struct DelegateStaging: Sendable {
    let bodies: [BodyKey: Int]
    let batches: AsyncStream<EncodedBatch>.Continuation

    /// A batch in COPY's text format, and how many rows it holds.
    struct EncodedBatch: Sendable {
        var buffer: ByteBuffer
        var rows: Int
    }

    /// Queues `rows` (each delegate with the line of the file it came from) for the database.
    public func stage(_ rows: [(delegate: Delegate, line: Int)]) throws {
        // A roster row is about 150 bytes in COPY's text; room for the longest names spares a regrowth.
        var encoder = CopyTextEncoder(capacity: rows.count * 256)
        for (delegate, line) in rows {
            guard let body = bodies[BodyKey(delegate)] else {
                throw StoreError(.inconsistentData, "no body for delegate \(delegate.code) at line \(line)")
            }
            encoder.encode(delegate, line: line, body: body)
        }
        // A stream that no longer takes batches belongs to a COPY that was given up: stop reading.
        guard case .enqueued = batches.yield(EncodedBatch(buffer: encoder.buffer, rows: rows.count)) else {
            throw CancellationError()
        }
    }
}
