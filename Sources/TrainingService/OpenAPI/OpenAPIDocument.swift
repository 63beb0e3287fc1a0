public import Foundation
import TrainingModel

/// The OpenAPI document in `Resources/openapi.json`: the one description of the API, served and tested. Built
/// into the program (by the EmbedFilesPlugin), so a copied `ttbd` serves it with nothing beside it.
public enum OpenAPIDocument {
    public static func data() throws -> Data {
        guard let document = EmbeddedDocuments.files.first(where: { $0.name == "openapi.json" }) else {
            throw Problem(.internalServerError, "The OpenAPI document is missing from this build.")
        }
        return document.contents
    }
}
