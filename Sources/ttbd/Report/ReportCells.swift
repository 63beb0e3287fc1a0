extension Optional<Double> {
    /// A share as people read it, `81.3%`, or `—` when there is nothing to take a share of.
    var percentText: String {
        guard let self else { return "—" }
        return String(format: "%.1f%%", self * 100)
    }

    /// A share for scripts: the fraction, or empty.
    var fractionText: String { map { String($0) } ?? "" }
}

extension String {
    /// A line's key as people read it: the total line's `total` (for scripts) is left blank beside its label
    /// "Tổng cộng".
    var peopleKey: String { self == "total" ? "" : self }
}
