/// The one byte range a `Range: bytes=…` header asks of a file of `size` bytes (RFC 9110 §14.1.2): nil when
/// the header is absent, malformed or asks several ranges (the whole file is sent then), `.unsatisfiable` when
/// it starts past the end.
enum ByteRange: Equatable {
    case bytes(ClosedRange<Int>)
    case unsatisfiable

    init?(header: String?, size: Int) {
        guard let header, header.hasPrefix("bytes="), !header.contains(",") else { return nil }
        let spec = header.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        switch (Int(parts[0]), parts[1].isEmpty ? nil : Int(parts[1])) {
        case (let first?, let last) where first >= 0 && (last ?? Int.max) >= first:
            guard first < size else { self = .unsatisfiable; return }
            self = .bytes(first...min(last ?? size - 1, size - 1))
        case (nil, let suffix?) where parts[0].isEmpty && suffix > 0:
            guard size > 0 else { self = .unsatisfiable; return }
            self = .bytes(max(0, size - suffix)...(size - 1))
        default:
            return nil
        }
    }
}
