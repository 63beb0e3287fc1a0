/// A part of a whole as a fraction in [0, 1], or `nil` when the whole is empty (no held session, no
/// enrollment): a rate of nothing is unknown, not zero.
public func share(_ part: Int, of whole: Int) -> Double? {
    whole > 0 ? Double(part) / Double(whole) : nil
}
