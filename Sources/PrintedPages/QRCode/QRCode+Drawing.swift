/// Placing the patterns and the codewords on the grid, as ISO/IEC 18004 lays them out.
extension QRCode {
    mutating func set(_ x: Int, _ y: Int, dark: Bool, function: Bool = true) {
        modules[y * size + x] = dark
        if function { isFunction[y * size + x] = true }
    }

    /// Timing patterns, the three finders with their separators, the alignment patterns, the dark module, and
    /// the format areas reserved (drawn once the mask is known).
    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(6, index, dark: index % 2 == 0)
            set(index, 6, dark: index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, dark: distance != 2 && distance != 4)
                }
            }
        }
        if version > 1 {
            // Versions 2–6 have one alignment pattern, at the bottom right; the others would sit on the finders.
            let center = size - 7
            for dy in -2...2 {
                for dx in -2...2 { set(center + dx, center + dy, dark: max(abs(dx), abs(dy)) != 1) }
            }
        }
        drawFormatBits(mask: 0)
    }

    /// The 15 format bits (level M, the mask, a BCH code, XOR 0x5412) in their two copies, and the dark
    /// module beside the bottom-left finder.
    mutating func drawFormatBits(mask: Int) {
        let data = 0b00 << 3 | mask  // level M is 00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(8, index, dark: bit(index)) }
        set(8, 7, dark: bit(6))
        set(8, 8, dark: bit(7))
        set(7, 8, dark: bit(8))
        for index in 9..<15 { set(14 - index, 8, dark: bit(index)) }
        for index in 0..<8 { set(size - 1 - index, 8, dark: bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, dark: bit(index)) }
        set(8, size - 8, dark: true)
    }

    /// The codewords' bits in the zigzag of two-module columns from the bottom right, skipping the function
    /// patterns and the vertical timing column.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let x = right - offset
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    guard !isFunction[y * size + x], index < codewords.count * 8 else { continue }
                    set(x, y, dark: (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1, function: false)
                    index += 1
                }
            }
            right -= 2
        }
    }

    /// Flips the data modules where mask pattern `mask` says so; applying it twice restores them.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] {
                let flip =
                    switch mask {
                    case 0: (x + y) % 2 == 0
                    case 1: y % 2 == 0
                    case 2: x % 3 == 0
                    case 3: (x + y) % 3 == 0
                    case 4: (x / 3 + y / 2) % 2 == 0
                    case 5: x * y % 2 + x * y % 3 == 0
                    case 6: (x * y % 2 + x * y % 3) % 2 == 0
                    default: ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                if flip { modules[y * size + x].toggle() }
            }
        }
    }

    /// The standard's penalty of the symbol as drawn: long runs, 2×2 blocks, finder-like patterns in rows and
    /// columns, and an imbalance of dark and light.
    func penaltyScore() -> Int {
        var score = 0
        let finderLike: [[Bool]] = [
            [true, false, true, true, true, false, true, false, false, false, false],
            [false, false, false, false, true, false, true, true, true, false, true],
        ]
        for line in 0..<size {
            for lineOf in [{ (index: Int) in self[index, line] }, { (index: Int) in self[line, index] }] {
                var run = 1
                for index in 1...size {
                    if index < size && lineOf(index) == lineOf(index - 1) {
                        run += 1
                    } else {
                        if run >= 5 { score += run - 2 }
                        run = 1
                    }
                }
                for start in 0...(size - 11)
                where finderLike.contains(where: { pattern in
                    pattern.indices.allSatisfy { lineOf(start + $0) == pattern[$0] }
                }) {
                    score += 40
                }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let color = self[x, y]
                if color == self[x + 1, y] && color == self[x, y + 1] && color == self[x + 1, y + 1] { score += 3 }
            }
        }
        let dark = modules.filter { $0 }.count
        let total = size * size
        score += ((abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
        return score
    }
}
