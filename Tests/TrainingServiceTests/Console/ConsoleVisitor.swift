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
        try await send(uri, method: .get, body: nil, contentType: nil)
    }

    /// A token like the page's that differs from it in its first character: a forgery that is never, by chance,
    /// the real one.
    var otherToken: String {
        (formToken.first == "x" ? "y" : "x") + formToken.dropFirst()
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
        let all = tokenField(token) + fields
        let body = all.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
        return try await send(
            uri, method: .post, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// A file to upload: the form's field, the file's name and its bytes.
    struct Upload {
        let field: String
        let name: String
        let contents: Data
    }

    /// Posts `fields` and `file` as `multipart/form-data`, as a browser sends a form with a file.
    @discardableResult
    func upload(_ uri: String, _ fields: [(String, String)], file: Upload, token: FormToken = .page) async throws
        -> TestResponse
    {
        let boundary = "----ttbdTestBoundary7MA4YWxkTrZu0gW"
        var body = ByteBuffer()
        for (name, value) in tokenField(token) + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file.contents)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(
            uri, method: .post, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func tokenField(_ token: FormToken) -> [(String, String)] {
        switch token {
        case .page: [("_csrf", formToken)]
        case .none: []
        case .forged(let text): [("_csrf", text)]
        }
    }

    /// Signs in with the sign-in page's form, as a person would, and follows the answer's redirect (whose page
    /// holds the session's form token); returns the answer to the form.
    func signIn(_ username: String, _ password: String, next: String = "/") async throws -> TestResponse {
        try await get("/sign-in")
        let answer = try await post("/sign-in", [("username", username), ("password", password), ("next", next)])
        if answer.status == .seeOther, let location = answer.headers[.location] { try await get(location) }
        return answer
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws
        -> TestResponse
    {
        var headers = extraHeaders
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
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
