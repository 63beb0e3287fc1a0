import TrainingModel

/// A QR code (ISO/IEC 18004) of a short text such as a verification address: byte mode, error-correction level M
/// (a symbol still reads with 15% of it damaged), the smallest of versions 1–6 that holds the text (up to 106
/// bytes of UTF-8), and the mask with the lowest penalty. After Project Nayuki's reference implementation;
/// versions from 7 on (which carry version information) are left out because printed addresses are short.
public struct QRCode: Sendable {
    /// The number of modules on a side: 21 for version 1, 4 more for each version after it.
    public let size: Int
    public let version: Int
    /// The mask pattern chosen (0–7).
    public private(set) var mask = 0
    var modules: [Bool]
    var isFunction: [Bool]

    /// A text too long for the versions this encoder writes.
    public struct TooLong: Error, CustomStringConvertible {
        public let bytes: Int
        /// What is wrong, worded in the reader's language.
        public var wording: Message {
            "a QR code holds up to \(number: QRCode.dataCapacity(version: 6) - 2) bytes here; this text has "
                + "\(number: bytes)"
        }
        public var description: String { wording.description }
    }

    /// Whether the module in column `x`, row `y` (from the top left, quiet zone excluded) is dark.
    public subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    public init(text: String) throws(TooLong) {
        let bytes = Array(text.utf8)
        // Byte mode: the 4-bit mode indicator and an 8-bit count come before the bytes (versions 1–9).
        guard let version = (1...6).first(where: { 12 + 8 * bytes.count <= Self.dataCapacity(version: $0) * 8 })
        else { throw TooLong(bytes: bytes.count) }
        self.version = version
        size = version * 4 + 17
        modules = Array(repeating: false, count: size * size)
        isFunction = modules
        drawFunctionPatterns()
        drawCodewords(Self.interleavedCodewords(Self.dataCodewords(bytes, version: version), version: version))
        var lowest = Int.max
        for candidate in 0..<8 {
            applyMask(candidate)
            drawFormatBits(mask: candidate)
            let penalty = penaltyScore()
            if penalty < lowest {
                lowest = penalty
                mask = candidate
            }
            applyMask(candidate)  // XOR again: undone
        }
        applyMask(mask)
        drawFormatBits(mask: mask)
    }

    // Level M, versions 1–6: error-correction codewords per block, and blocks.
    private static let eccPerBlock = [10, 16, 26, 18, 24, 16]
    private static let blocks = [1, 1, 1, 2, 2, 4]

    /// Codewords of the whole symbol: the modules left after the function patterns, in bytes.
    static func rawCodewords(version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
        }
        return modules / 8
    }

    static func dataCapacity(version: Int) -> Int {
        rawCodewords(version: version) - eccPerBlock[version - 1] * blocks[version - 1]
    }

    /// The bytes as the data codewords of `version`: mode, count, the bytes, a terminator, padding.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let capacity = dataCapacity(version: version) * 8
        var bits: [Bool] = []
        func append(_ value: Int, count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, count: 4)
        append(bytes.count, count: 8)
        for byte in bytes { append(Int(byte), count: 8) }
        append(0, count: min(4, capacity - bits.count))
        append(0, count: (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        for pad in 0..<(capacity / 8 - codewords.count) { codewords.append(pad % 2 == 0 ? 0xEC : 0x11) }
        return codewords
    }

    /// The data split into blocks, each followed by its error correction, read out column by column.
    static func interleavedCodewords(_ data: [UInt8], version: Int) -> [UInt8] {
        let blockCount = blocks[version - 1]
        let eccLength = eccPerBlock[version - 1]
        let raw = rawCodewords(version: version)
        let shortBlocks = blockCount - raw % blockCount
        let shortLength = raw / blockCount - eccLength
        let divisor = ReedSolomon.divisor(degree: eccLength)
        var dataBlocks: [[UInt8]] = []
        var eccBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let block = Array(data[start..<start + shortLength + (index < shortBlocks ? 0 : 1)])
            start += block.count
            dataBlocks.append(block)
            eccBlocks.append(ReedSolomon.remainder(of: block, divisor: divisor))
        }
        var result: [UInt8] = []
        for column in 0...shortLength {
            for block in dataBlocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<eccLength {
            for block in eccBlocks { result.append(block[column]) }
        }
        return result
    }
}
