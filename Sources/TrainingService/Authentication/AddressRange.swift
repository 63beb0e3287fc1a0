import Foundation

/// An IPv4 or IPv6 network written as CIDR (`10.0.0.0/8`, `::1/128`, or one address), for `--trusted-proxy`.
public struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    let network: [UInt8]
    let prefixLength: Int
    public let description: String

    /// Nil when `text` is not an address with an optional `/length` that fits it.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let bytes = Self.bytes(of: parts[0]) else { return nil }
        let length = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
        guard let length, (0...(bytes.count * 8)).contains(length) else { return nil }
        network = bytes
        prefixLength = length
        description = text
    }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address), bytes.count == network.count else { return false }
        var remaining = prefixLength
        for (byte, mask) in zip(bytes, network) where remaining > 0 {
            let bits = min(8, remaining)
            let keep = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if byte & keep != mask & keep { return false }
            remaining -= bits
        }
        return true
    }

    /// The address's bytes: 4 for IPv4, 16 for IPv6.
    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }
}

extension Array where Element == AddressRange {
    /// The client behind a request from `peer`: the peer itself, unless it is a trusted proxy, in which case the
    /// right-most address of `X-Forwarded-For` that is not a trusted proxy (the ones left of it could be the
    /// client's own inventions).
    func client(peer: String, forwardedFor: String?) -> String {
        guard contains(where: { $0.contains(peer) }), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.reversed().first { hop in !contains(where: { $0.contains(hop) }) } ?? peer
    }
}
