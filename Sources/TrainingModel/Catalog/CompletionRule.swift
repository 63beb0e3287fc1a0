/// When a delegate has completed a curriculum and gets a certificate (giấy chứng nhận).
public struct CompletionRule: Hashable, Sendable {
    /// The share of the curriculum's sessions a delegate must attend, in (0, 1]; 0.8 is the usual rule.
    public var minimumAttendance: Double
    /// Whether every module that is not elective must also have been attended.
    public var requiresAllRequiredModules: Bool

    public init(minimumAttendance: Double = 0.8, requiresAllRequiredModules: Bool = true) {
        self.minimumAttendance = minimumAttendance
        self.requiresAllRequiredModules = requiresAllRequiredModules
    }
}
