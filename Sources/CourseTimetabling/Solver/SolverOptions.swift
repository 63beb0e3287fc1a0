/// How long and how the solver searches. Give an iteration limit for a reproducible run, a time limit
/// for an anytime one, or both (whichever comes first).
public struct SolverOptions: Sendable {
    /// The same seed and iteration limit give the same timetable.
    public var seed: UInt64
    /// Moves tried, in total, before stopping.
    public var iterationLimit: Int?
    /// Wall-clock budget; the caller owns the clock.
    public var timeLimit: TimeLimit?
    /// The simulated annealing temperature at the start and at the end of the budget; it falls
    /// geometrically in between.
    public var startTemperature: Double
    public var endTemperature: Double
    /// What one hard violation weighs against soft cost while annealing.
    public var hardWeight: Int
    /// Called now and then from the solving thread with the state of the search.
    public var progress: (@Sendable (SolverProgress) -> Void)?

    public init(
        seed: UInt64 = 1,
        iterationLimit: Int? = nil,
        timeLimit: TimeLimit? = nil,
        startTemperature: Double = 5,
        endTemperature: Double = 0.05,
        hardWeight: Int = 150,
        progress: (@Sendable (SolverProgress) -> Void)? = nil
    ) {
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.timeLimit = timeLimit
        self.startTemperature = startTemperature
        self.endTemperature = endTemperature
        self.hardWeight = hardWeight
        self.progress = progress
    }
}

/// A time budget measured by the caller's clock, so the solver itself reads no clock.
public struct TimeLimit: Sendable {
    public var seconds: Double
    /// Seconds since solving started.
    public var elapsed: @Sendable () -> Double

    public init(seconds: Double, elapsed: @escaping @Sendable () -> Double) {
        self.seconds = seconds
        self.elapsed = elapsed
    }
}

/// A report from a running search.
public struct SolverProgress: Sendable {
    public var iterations: Int
    /// From 0 to 1: the share of the budget used.
    public var fraction: Double
    public var temperature: Double
    public var bestHard: Int
    public var bestSoft: Int
}
