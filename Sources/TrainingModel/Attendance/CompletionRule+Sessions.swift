extension CompletionRule {
    /// The held sessions a delegate must attend out of `held`: the rule's share, rounded up, as the database's
    /// `enrollment_progress` decides (`attended >= min_attendance * held`). The share has three decimals in
    /// the database, so it is counted in thousandths to avoid binary rounding (0.7 × 10 must need 7, not 8).
    public func sessionsNeeded(ofHeld held: Int) -> Int {
        let thousandths = Int((minimumAttendance * 1000).rounded())
        return (held * thousandths + 999) / 1000
    }
}
