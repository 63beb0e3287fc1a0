import Foundation

/// The number printed on a giấy chứng nhận: `GCN-<year>-<serial>`, the serial at least six digits
/// (`GCN-2026-000123`). The year is the year the class ends; the serial comes from one sequence for all years.
public struct CertificateNumber: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let serial: Int

    public init(year: Int, serial: Int) {
        self.year = year
        self.serial = serial
    }

    /// Reads a number as people type it: any case, spaces around it.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).uppercased().split(
            separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "GCN", parts[1].count == 4, parts[2].count >= 6,
            parts[1].allSatisfy(\.isASCIIDigit), parts[2].allSatisfy(\.isASCIIDigit),
            let year = Int(parts[1]), let serial = Int(parts[2])
        else { return nil }
        self.init(year: year, serial: serial)
    }

    public var description: String {
        let digits = String(serial)
        return "GCN-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
