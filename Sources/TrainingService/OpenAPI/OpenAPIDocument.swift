public import Foundation

/// The OpenAPI document in `Resources/openapi.json`: the one description of the API, served and tested.
public enum OpenAPIDocument {
    public static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else {
            throw Problem(.internalServerError, "The OpenAPI document is missing from this build.")
        }
        return try Data(contentsOf: url)
    }
}
