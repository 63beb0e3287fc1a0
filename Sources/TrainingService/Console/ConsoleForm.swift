import Foundation
import Hummingbird

/// The fields of a form (`application/x-www-form-urlencoded`: a posted body, or the query of a form sent with
/// GET, where a space is `+`); a field given twice keeps its first.
struct ConsoleForm: Sendable {
    private let fields: [String: String]

    /// The request's body, read once and left in the request for the route after.
    init(_ request: inout Request, context: ServiceContext) async throws {
        self.init(encoded: String(buffer: try await request.collectBody(upTo: 64 * 1024)))
    }

    /// The fields of the request's query.
    init(query request: Request) {
        self.init(encoded: request.uri.query ?? "")
    }

    init(encoded: String) {
        var components = URLComponents()
        components.percentEncodedQuery = encoded.replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        for item in components.queryItems ?? [] where fields[item.name] == nil {
            fields[item.name] = item.value ?? ""
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// The field without surrounding blanks, nil when it is empty or absent.
    func given(_ name: String) -> String? {
        fields[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `text` as a query's value.
    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
