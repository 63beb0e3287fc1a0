import Foundation
import Hummingbird
import Mustache
import NIOCore

/// The console's templates (`Resources/*.mustache`, in the binary) and the HTML responses made from them.
/// Mustache escapes every value it inserts, so a name with `<script>` in it is shown, never run.
struct ConsolePages: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for file in EmbeddedDocuments.files where file.name.hasSuffix(".mustache") {
            do {
                try library.register(
                    String(decoding: file.contents, as: UTF8.self), named: String(file.name.dropLast(9)))
            } catch {
                // The templates are part of the build, and ConsolePageTests renders each of them.
                preconditionFailure("the console template \(file.name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// The page `template` shows `view` as, with `status`.
    func page(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(view, withTemplate: template) else {
            preconditionFailure("the console has no template \(template)")
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A 303 to `location`, the answer to a form posted without script.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
