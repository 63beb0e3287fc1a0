extension Optional<Double> {
    /// What a table shows for a share when there is nothing to take a share of (a share itself is shown from
    /// ``fractionText`` as 83,3%).
    public var missingShareText: String { self == nil ? "—" : "" }

    /// A share for scripts: the fraction, or empty.
    public var fractionText: String { map { String($0) } ?? "" }
}

extension String {
    /// A line's key as people read it: the total line's `total` (for scripts) is left blank beside its label
    /// "Tổng cộng".
    public var peopleKey: String { self == "total" ? "" : self }
}
