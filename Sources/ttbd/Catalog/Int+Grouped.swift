extension Int {
    /// With thousands separators, as people read counts: 3,321.
    var grouped: String {
        let digits = String(Swift.abs(self))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
