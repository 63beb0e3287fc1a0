import Foundation
import Hummingbird

/// `/openapi.json`: the API's OpenAPI 3 document, the file this target ships, as it is.
struct OpenAPIRoutes {
    func add(to router: Router<ServiceContext>) {
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: try OpenAPIDocument.data())))
        }
    }
}
