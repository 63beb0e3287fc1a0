/// Holds every task until all have arrived, so that they ask for their seats together.
public actor StartLine {
    let expected: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(expected: Int) {
        self.expected = expected
    }

    public func arrive() async {
        guard waiting.count + 1 < expected else {
            waiting.forEach { $0.resume() }
            waiting = []
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }
}
