/// How the codes of administrative units are written (two digits for a province, five for a commune, as the
/// national list has them), to tell a person who wrote `1` for `01` why nothing matched, instead of
/// finding nobody.
public enum UnitCode {
    /// `nil` when `code` is written like a province code; otherwise what is wrong and what to write.
    public static func provinceProblem(_ code: String) -> Message? {
        problem(code, digits: 2, unit: "province", example: "01 (Hà Nội) or 79 (Hồ Chí Minh)")
    }

    /// `nil` when `code` is written like a commune code; otherwise what is wrong and what to write.
    public static func communeProblem(_ code: String) -> Message? {
        problem(code, digits: 5, unit: "commune", example: "00004 (phường Ba Đình)")
    }

    private static func problem(_ code: String, digits: Int, unit: Message, example: Message) -> Message? {
        let allDigits = !code.isEmpty && code.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        if allDigits && code.count == digits { return nil }
        if allDigits && code.count < digits {
            let padded = String(repeating: "0", count: digits - code.count) + code
            return "'\(code)' is not a \(unit) code: they are written with \(digits) digits, so '\(padded)'"
        }
        return "'\(code)' is not a \(unit) code; expected \(digits) digits, such as \(example)"
    }
}
