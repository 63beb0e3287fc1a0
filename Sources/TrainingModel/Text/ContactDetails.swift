/// Phone numbers and e-mail addresses as people type them in rosters, sheets and on the command line.
public enum ContactDetails {
    /// Digits kept, spaces, dots, dashes and brackets dropped; a leading + stays.
    public static func phone(_ text: String) -> String? {
        let kept = text.isASCIIDigits ? text : text.filter { !" .-()".contains($0) }
        let digits = kept.hasPrefix("+") ? String(kept.dropFirst()) : kept
        guard (8...15).contains(digits.utf8.count), digits.isASCIIDigits else { return nil }
        return kept
    }

    /// One `@` with text before it and a dotted domain after it; no spaces. (Checked on bytes: splitting
    /// strings per row costs more than the rest of the row.)
    public static func isEmail(_ text: String) -> Bool {
        var at: Int?
        var lastDot: Int?
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"):
                guard at == nil, count > 0 else { return false }
                at = count
            case UInt8(ascii: "."):
                if let at, count == at + 1 || lastDot == count - 1 { return false }
                if at != nil { lastDot = count }
            case 0...0x20: return false
            default: break
            }
            count += 1
        }
        guard let lastDot else { return false }
        return lastDot < count - 1
    }
}

extension String {
    fileprivate var isASCIIDigits: Bool {
        utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
