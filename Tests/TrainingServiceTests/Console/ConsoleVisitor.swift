import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A browser without a screen, for the console's HTTP tests: it keeps the cookies the service sets, sends them
/// back, reads the form token of the last page and posts forms as a browser encodes them.
final class ConsoleVisitor: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// The `_csrf` value of the last page that had a form.
    private(set) var formToken = ""
    var extraHeaders: HTTPFields = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    func setCookie(_ name: String, _ value: String) {
        cookies[name] = value
    }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        try await send(uri, method: .get, body: nil)
    }

    /// Which `_csrf` a posted form carries.
    enum FormToken {
        /// The last page's, as a browser would send it.
        case page
        case none
        case forged(String)
    }

    /// Posts `fields` as `application/x-www-form-urlencoded`, with the form token `token` says.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], token: FormToken = .page) async throws -> TestResponse {
        let chosen: String? =
            switch token {
            case .page: formToken
            case .none: nil
            case .forged(let text): text
            }
        let all = (chosen.map { [("_csrf", $0)] } ?? []) + fields
        let body = all.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: body)
    }

    /// Signs in with the sign-in page's form, as a person would, and follows the answer's redirect (whose page
    /// holds the session's form token); returns the answer to the form.
    func signIn(_ username: String, _ password: String, next: String = "/") async throws -> TestResponse {
        try await get("/sign-in")
        let answer = try await post("/sign-in", [("username", username), ("password", password), ("next", next)])
        if answer.status == .seeOther, let location = answer.headers[.location] { try await get(location) }
        return answer
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> TestResponse {
        var headers = extraHeaders
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            let expired = line.contains("Max-Age=0") || line.lowercased().contains("expires=thu, 01 jan 1970")
            cookies[name] = value.isEmpty || expired ? nil : value
        }
        let html = String(buffer: response.body)
        if let match = html.firstMatch(of: /name="_csrf" value="([^"]*)"/) { formToken = String(match.1) }
        return response
    }

    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The full `Set-Cookie` line the response gave `name`.
    static func setCookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}
