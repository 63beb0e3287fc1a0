/// Bounds how many tests hold a database of their own at once.
///
/// Swift Testing starts every test of the run together; on CI's 2-core machine hundreds of tests then created
/// their databases and opened their connections at the same moment, and some waited more than the driver's
/// 10 s connect timeout for the server to answer the start-up (CI failed with "Connect timeout (10 s)" in
/// tests that had nothing wrong). A test waiting here has not begun connecting, so it cannot time out.
actor DatabaseSlots {
    static let shared = DatabaseSlots(count: 8)

    /// Set inside a test that holds a slot, so a database it opens within one does not wait for a second
    /// slot (which, with every slot held by such a test, would wait forever).
    @TaskLocal static var holding = false

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    /// Runs `body` holding a slot, or at once when this task already holds one.
    static func withSlot<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        if holding { return try await body() }
        await shared.acquire()
        do {
            let result = try await $holding.withValue(true) { try await body() }
            await shared.release()
            return result
        } catch {
            await shared.release()
            throw error
        }
    }

    private func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
