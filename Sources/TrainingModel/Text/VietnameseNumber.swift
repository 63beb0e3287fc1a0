/// Numbers as Vietnamese writes them: a dot between thousands and a comma before decimals (1.234,5), the
/// reverse of English. Scripts get their numbers from JSON and CSV, which keep the English form.
public enum VietnameseNumber {
    /// `1.234`, `12,5`.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded() && abs(value) < 1e15 { return grouped(Int64(value)) }
        let fixed = String(value)
        guard let point = fixed.firstIndex(of: ".") else { return fixed }
        let whole = Int64(fixed[..<point]) ?? 0
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + grouped(whole) + "," + fixed[fixed.index(after: point)...]
    }

    /// A fraction as a percentage with one decimal: `0.8333` is `83,3%`.
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "—" }
        let tenths = Int64((fraction * 1000).rounded())
        let sign = tenths < 0 ? "-" : ""
        return sign + grouped(Int64(tenths.magnitude / 10)) + "," + String(tenths.magnitude % 10) + "%"
    }

    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
