import Hummingbird
import NIOCore

/// `/assets/console.css` and `/assets/console.js`: the console's only style sheet and script, served from the
/// binary (nothing is fetched from another site).
struct ConsoleAssets {
    private static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"]

    func add(to router: Router<ServiceContext>) {
        for file in EmbeddedDocuments.files where file.name.hasPrefix("console.") {
            guard let type = file.name.split(separator: ".").last.flatMap({ Self.types[String($0)] }) else { continue }
            let body = ByteBuffer(bytes: file.contents)
            router.get("assets/\(file.name)") { _, _ in
                Response(
                    status: .ok,
                    headers: [
                        .contentType: type, .cacheControl: "public, max-age=300", .xContentTypeOptions: "nosniff",
                    ],
                    body: .init(byteBuffer: body))
            }
        }
    }
}
