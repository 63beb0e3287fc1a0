import Foundation
import HTTPTypes
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// `/v1/me/materials/{id}/content`: a material's file for the delegate it belongs to, streamed from the
/// materials store with its type, a Vietnamese file name, its SHA-256 as a strong `ETag`, and byte ranges (a
/// video resumed on a phone); a link material redirects to its address. A material that is not the
/// delegate's is 404, as if it did not exist.
struct MaterialContentRoutes {
    let database: Database
    let files: MaterialFileStore

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("me/materials/{id}/content") { request, context in
            let access = try Access(context, database: database)
            guard let delegateID = access.account.delegateID, let id = context.parameters.get("id", as: Int.self),
                let material = try await access.database.materials.material(id: id, forDelegateID: delegateID)
            else { throw Problem(.notFound, "None of your classes has a material with this id.") }
            if let url = material.url, material.sha256 == nil {
                return Response(status: .seeOther, headers: [.location: url, .cacheControl: "private"])
            }
            guard let sha256 = material.sha256, let origin = material.filePath, files.contains(sha256) else {
                throw Problem(
                    .notFound,
                    "The file of material \(material.code) is not in the materials store; the training center must add it again."
                )
            }
            return try await fileResponse(
                request, context: context, path: files.path(of: sha256), sha256: sha256,
                name: (origin as NSString).lastPathComponent)
        }
    }

    private func fileResponse(
        _ request: Request, context: ServiceContext, path: String, sha256: String, name: String
    ) async throws -> Response {
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var headers: HTTPFields = [
            .eTag: "\"\(sha256)\"", .acceptRanges: "bytes", .cacheControl: "private",
            .contentType: ContentDisposition.mediaType(ofFileNamed: name),
            .contentDisposition: ContentDisposition.attachment(named: name),
        ]
        if let match = request.headers[.ifNoneMatch], match.contains(sha256) || match == "*" {
            return Response(status: .notModified, headers: headers)
        }
        let fileIO = FileIO()
        switch ByteRange(header: request.headers[.range], size: size) {
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(size)"
            headers[.contentType] = nil
            headers[.contentDisposition] = nil
            return Response(status: .rangeNotSatisfiable, headers: headers)
        case .bytes(let range):
            headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound)/\(size)"
            headers[.contentLength] = String(range.count)
            return Response(
                status: .partialContent, headers: headers,
                body: try await fileIO.loadFile(path: path, range: range, context: context))
        case nil:
            headers[.contentLength] = String(size)
            return Response(
                status: .ok, headers: headers, body: try await fileIO.loadFile(path: path, context: context))
        }
    }
}
