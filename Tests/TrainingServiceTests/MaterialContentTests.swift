import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingOperations
import TrainingService

@testable import TrainingService

/// A delegate downloads the files of their classes' materials from the materials store: whole, in byte ranges,
/// or not at all when their copy is current; a link redirects; others get 404.
@Suite("Material files for delegates")
struct MaterialContentTests {
    /// A handbook of B01 (which B-HN-01, delegate `an`'s class, teaches) kept in a fresh store, and a link.
    static func withHandbook(
        _ body: @Sendable (ServiceWorld, any TestClientProtocol, _ file: Int, _ link: Int, Data) async throws -> Void
    ) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Data("Sổ tay đại biểu HĐND — chương 1: Kỹ năng chất vấn.\n".utf8)
        let origin = "\(folder.path)/Sổ tay đại biểu.pdf"
        try bytes.write(to: URL(fileURLWithPath: origin))
        let store = MaterialFileStore(root: "\(folder.path)/store")
        let sha256 = try store.keep(fileAt: origin)
        try await ServiceWorld.with(configuration: ServiceConfiguration(jobsInterval: nil, materials: store)) {
            world, client in
            let ids = try await world.database.client.query(
                """
                WITH added AS (
                    INSERT INTO materials (code, title, kind, url, file_path, sha256) VALUES
                        ('ST-B01', 'Sổ tay đại biểu', 'handbook', NULL, \(origin), \(sha256)),
                        ('LINK-B01', 'Cổng thông tin Quốc hội', 'link', 'https://quochoi.vn/', NULL, NULL)
                    RETURNING id, code),
                linked AS (INSERT INTO module_materials (module_code, material_id) SELECT 'B01', id FROM added)
                SELECT id::int FROM added ORDER BY code DESC
                """, logger: TestCluster.logger
            ).collect().map { try $0.decode(Int.self) }
            try await body(world, client, ids[0], ids[1], bytes)
        }
    }

    @Test("whole, with its type, Vietnamese name and SHA-256 ETag; a range; 304 when current; 416 past the end")
    func download() async throws {
        try await Self.withHandbook { world, client, file, _, bytes in
            let uri = "/v1/me/materials/\(file)/content"
            let whole = try await client.execute(uri: uri, method: .get, headers: world.headers("an"))
            #expect(whole.status == .ok)
            #expect(Data(buffer: whole.body) == bytes)
            #expect(whole.headers[.contentType] == "application/pdf")
            #expect(
                whole.headers[.contentDisposition]
                    == "attachment; filename=\"So tay dai bieu.pdf\"; filename*=UTF-8''S%E1%BB%95%20tay%20%C4%91%E1%BA%A1i%20bi%E1%BB%83u.pdf"
            )
            let tag = try #require(whole.headers[.eTag])
            #expect(tag.count == 66)

            var ranged = world.headers("an")
            ranged[.range] = "bytes=0-9"
            let part = try await client.execute(uri: uri, method: .get, headers: ranged)
            #expect(part.status == .partialContent)
            #expect(Data(buffer: part.body) == bytes.prefix(10))
            #expect(part.headers[.contentRange] == "bytes 0-9/\(bytes.count)")
            ranged[.range] = "bytes=-5"
            let tail = try await client.execute(uri: uri, method: .get, headers: ranged)
            #expect(Data(buffer: tail.body) == bytes.suffix(5))
            ranged[.range] = "bytes=\(bytes.count)-"
            let past = try await client.execute(uri: uri, method: .get, headers: ranged)
            #expect(past.status == .rangeNotSatisfiable)
            #expect(past.headers[.contentRange] == "bytes */\(bytes.count)")

            var current = world.headers("an")
            current[.ifNoneMatch] = tag
            let same = try await client.execute(uri: uri, method: .get, headers: current)
            #expect(same.status == .notModified)
            #expect(same.body.readableBytes == 0)
        }
    }

    @Test("a link redirects; a material that is not the caller's, or no delegate's, is 404")
    func others() async throws {
        try await Self.withHandbook { world, client, file, link, _ in
            let redirect = try await client.execute(
                uri: "/v1/me/materials/\(link)/content", method: .get, headers: world.headers("an"))
            #expect(redirect.status == .seeOther)
            #expect(redirect.headers[.location] == "https://quochoi.vn/")
            let listed = try await client.execute(uri: "/v1/me/materials", method: .get, headers: world.headers("an"))
            #expect(try listed.items().contains { $0["id"] as? Int == file })
            for (username, id) in [("sam", file), ("an", 999_999)] {
                let missing = try await client.execute(
                    uri: "/v1/me/materials/\(id)/content", method: .get, headers: world.headers(username))
                #expect(missing.status == .notFound, "\(username) \(id)")
            }
            try await world.database.client.query(
                "UPDATE enrollments SET status = 'withdrawn' WHERE delegate_id = \(world.fixture.delegates["0101"]!)",
                logger: TestCluster.logger)
            let withdrawn = try await client.execute(
                uri: "/v1/me/materials/\(file)/content", method: .get, headers: world.headers("an"))
            #expect(withdrawn.status == .notFound, "a delegate no longer in the class")
        }
    }

    @Test(
        "a Range header: one range read, several or malformed ones ignored, one past the end refused",
        arguments: [
            ("bytes=0-9", ByteRange.bytes(0...9)), ("bytes=5-", .bytes(5...99)), ("bytes=-10", .bytes(90...99)),
            ("bytes=90-200", .bytes(90...99)), ("bytes=100-", .unsatisfiable), ("bytes=0-1,5-6", nil),
            ("bytes=9-2", nil), ("items=0-9", nil), ("bytes=x-9", nil),
        ] as [(String, ByteRange?)])
    func ranges(header: String, expected: ByteRange?) {
        #expect(ByteRange(header: header, size: 100) == expected)
    }
}
