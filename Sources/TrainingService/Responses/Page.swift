import Hummingbird
import TrainingModel

/// One page of a list, `{"items": [...], "nextCursor": "…" | null}`, cut by the request's `limit`
/// (1…500, default 100) and `cursor`.
///
/// The cursor is opaque to clients: today an offset into the list's stable order, tomorrow perhaps a key,
/// without changing the API.
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    let items: [Item]
    let nextCursor: String?

    static var defaultLimit: Int { 100 }
    static var maximumLimit: Int { 500 }

    /// The page of `all` the request asks for, or a 400 problem when its `limit` or `cursor` is not one this
    /// service accepts.
    init(of all: [Item], for request: Request) throws {
        let query = request.uri.queryParameters
        var limit = Self.defaultLimit
        if let text = query.get("limit") {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw Problem(.badRequest, "limit must be a whole number from 1 to \(Self.maximumLimit).")
            }
            limit = value
        }
        var offset = 0
        if let cursor = query.get("cursor") {
            guard let value = Self.offset(of: cursor) else {
                throw Problem(
                    .badRequest, "This cursor is not one the service gave out; ask for the first page without it.")
            }
            offset = min(value, all.count)
        }
        let end = min(all.count, offset + limit)
        items = Array(all[offset..<end])
        nextCursor = end < all.count ? Self.cursor(at: end) : nil
    }

    private enum CodingKeys: String, CodingKey {
        case items, nextCursor
    }

    /// Writes `"nextCursor": null` on the last page rather than leaving the key out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }

    /// `c` and the offset in base 36: every string of the document's pattern `^c[0-9a-z]{1,12}$` is a
    /// cursor, one past the end an empty last page.
    private static func cursor(at offset: Int) -> String {
        "c" + String(offset, radix: 36)
    }

    private static func offset(of cursor: String) -> Int? {
        guard cursor.first == "c", (2...13).contains(cursor.count),
            cursor.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLowercase) })
        else { return nil }
        return Int(cursor.dropFirst(), radix: 36)
    }
}

extension Request {
    /// The page of `items` this request asks for, as a JSON response.
    func page<Item: Encodable & Sendable>(of items: [Item]) throws -> JSONBody<Page<Item>> {
        JSONBody(try Page(of: items, for: self))
    }
}
