/// The error correction of QR codes: Reed–Solomon over GF(2⁸) with the field polynomial x⁸+x⁴+x³+x²+1 (0x11D),
/// as ISO/IEC 18004 defines it.
enum ReedSolomon {
    /// The product of two field elements (Russian-peasant multiplication, reducing by 0x11D).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= ((Int(y) >> bit) & 1) * Int(x)
        }
        return UInt8(product)
    }

    /// The coefficients (highest power first, the leading 1 left out) of the generator polynomial
    /// (x − α⁰)(x − α¹)…(x − αⁿ⁻¹) for `degree` error-correction codewords.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The error-correction codewords of `data`: the remainder of its polynomial divided by `divisor`.
    static func remainder(of data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in divisor.indices {
                result[index] ^= multiply(divisor[index], factor)
            }
        }
        return result
    }
}
