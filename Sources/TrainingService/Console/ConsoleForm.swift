import Foundation
import Hummingbird
import MultipartKit
import NIOHTTP1
import TrainingModel

/// The fields of a form (`application/x-www-form-urlencoded`: a posted body, or the query of a form sent with
/// GET, where a space is `+`; or `multipart/form-data` with files); a field given twice keeps its first.
struct ConsoleForm: Sendable {
    /// A file a form carried.
    struct File: Sendable {
        /// Its name on the sender's computer, without any folder.
        let name: String
        let contents: Data
    }

    private var fields: [String: String]
    private var files: [String: File] = [:]

    /// The most a form with files may carry: a province's roster as a workbook is well under it; a national
    /// roster is the command line's work.
    static let uploadLimit = 32 * 1024 * 1024

    /// The request's body, read once and left in the request for the route after.
    init(_ request: inout Request, context: ServiceContext) async throws {
        if let boundary = Self.multipartBoundary(request.headers[.contentType]) {
            let body = try await request.collectBody(upTo: Self.uploadLimit)
            try self.init(multipart: body, boundary: boundary, language: request.consoleLanguage)
        } else {
            self.init(encoded: String(buffer: try await request.collectBody(upTo: 64 * 1024)))
        }
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

    /// The parts of a `multipart/form-data` body: the ones with a file name are files, the others fields.
    private init(multipart body: ByteBuffer, boundary: String, language: Language) throws {
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var content = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { headers.add(name: $0, value: $1) }
        parser.onBody = { content.writeBuffer(&$0) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: content))
            (headers, content) = (HTTPHeaders(), ByteBuffer())
        }
        do {
            try parser.execute(body)
        } catch {
            throw HTTPError(
                .badRequest,
                message: language.words(
                    vi: "Biểu mẫu gửi lên bị hỏng; hãy tải lại trang rồi gửi lại.",
                    en: "The form arrived damaged; reload the page and send it again."))
        }
        fields = [:]
        for part in parts {
            guard let disposition = part.headers.first(name: "Content-Disposition"),
                let name = Self.parameter("name", of: disposition)
            else { continue }
            if let fileName = Self.parameter("filename", of: disposition) {
                guard files[name] == nil, !fileName.isEmpty else { continue }
                // Some browsers send the whole path; only the last part is the file's name.
                let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
                files[name] = File(name: last, contents: Data(part.body.readableBytesView))
            } else if fields[name] == nil {
                fields[name] = String(buffer: part.body)
            }
        }
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// The file sent in the field `name`, if one was chosen.
    func file(_ name: String) -> File? { files[name] }

    /// The field without surrounding blanks, nil when it is empty or absent.
    func given(_ name: String) -> String? {
        fields[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The field as a day written `31/05/2026` (or `2026-05-31`), nil when it is empty; 400 (worded in
    /// `language`) when it is no day.
    func date(_ name: String, in language: Language) throws -> CalendarDate? {
        guard let text = given(name) else { return nil }
        guard let day = CalendarDate(parsing: text) else {
            throw Problem(
                .badRequest, vi: "Ngày \(Problem.quoted(text)) không đúng; viết theo dạng 31/05/2026.",
                en: "\(Problem.quoted(text)) is not a day; write it as 31/05/2026.", in: language)
        }
        return day
    }

    /// `text` as a query's value.
    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The boundary of a `multipart/form-data` content type, nil for any other.
    private static func multipartBoundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", of: contentType)
    }

    /// The value of `key=value` or `key="value"` in a header's parameters.
    static func parameter(_ key: String, of header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            return value
        }
        return nil
    }
}
