import Crypto
import Foundation

/// The secret text of a token and what the database keeps of it.
///
/// A token is its purpose's prefix and 32 random bytes in base64url (256 bits, where 128 would do). Only
/// its SHA-256 is stored: a stolen database opens nothing. The randomness comes from the caller, so tests
/// can seed it; the commands pass the system's cryptographic generator.
enum SecretToken {
    static let randomByteCount = 32

    static func generate(_ purpose: TokenPurpose, using generator: inout some RandomNumberGenerator) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(randomByteCount)
        while bytes.count < randomByteCount {
            withUnsafeBytes(of: generator.next().littleEndian) { bytes.append(contentsOf: $0) }
        }
        return purpose.prefix + base64URL(bytes)
    }

    static func digest(_ token: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(token.utf8)))
    }

    /// Whether two digests are equal, in a time that does not depend on where they first differ.
    static func sameDigest(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    /// Whether `token` can be a token of `purpose` at all (prefix and length), so that garbage is turned
    /// away without a query.
    static func isWellFormed(_ token: String, for purpose: TokenPurpose) -> Bool {
        token.hasPrefix(purpose.prefix) && token.utf8.count == purpose.prefix.utf8.count + encodedLength
    }

    private static let encodedLength = (randomByteCount * 4 + 2) / 3

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Whether a presented secret is the expected one, in a time that tells a guess nothing (their digests are
/// compared, so neither the length nor the first difference shows): for secrets kept outside the database, such
/// as the metrics token.
public func secretsMatch(_ presented: String, _ expected: String) -> Bool {
    SecretToken.sameDigest(SecretToken.digest(presented), SecretToken.digest(expected))
}
