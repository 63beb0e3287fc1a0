import Foundation
import Hummingbird

/// The fields of a form a page posted (`application/x-www-form-urlencoded`); a field given twice keeps its first.
struct ConsoleForm: Sendable {
    private let fields: [String: String]

    /// The request's body, read once and left in the request for the route after.
    init(_ request: inout Request, context: ServiceContext) async throws {
        let body = try await request.collectBody(upTo: 64 * 1024)
        var components = URLComponents()
        components.percentEncodedQuery = String(buffer: body).replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        for item in components.queryItems ?? [] where fields[item.name] == nil {
            fields[item.name] = item.value ?? ""
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// `text` as a query's value.
    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
