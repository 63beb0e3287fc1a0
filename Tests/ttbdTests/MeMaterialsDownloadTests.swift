import Foundation
import TestSupport
import Testing

/// `ttbd materials add --file` keeps the file in the materials store, and the delegate's
/// `ttbd me materials --download` fetches it from `ttbd serve` into a folder, checked against its SHA-256,
/// whatever became of the path it was added from.
@Suite("Downloading one's materials")
struct MeMaterialsDownloadTests {
    @Test("a file added by staff reaches the delegate's folder once, with its Vietnamese name and bytes")
    func download() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = ["TTBD_MATERIALS_DIR": "\(folder.path)/store"]
        try await MeFixture.with(serviceEnvironment: store) { fixture in
            let origin = "\(folder.path)/Bài giảng B01.pptx"
            let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try bytes.write(to: URL(fileURLWithPath: origin))
            let added = try await CommandLineTool.run(
                [
                    "materials", "add", "--code", "BG-B01", "--title", "Bài giảng chuyên đề B01", "--kind", "slides",
                    "--file", origin, "--modules", "B01",
                ], environment: fixture.world.environment.merging(store) { $1 })
            #expect(added.status == 0, "\(added.text)")
            try FileManager.default.removeItem(atPath: origin)

            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let target = "\(folder.path)/tải về"
            let first = try await fixture.ttbd("me", "materials", "--download", target)
            #expect(first.status == 0, "\(first.text)")
            #expect(first.standardOutput.hasSuffix("1 file downloaded."), "\(first.text)")
            let saved = try Data(contentsOf: URL(fileURLWithPath: "\(target)/Bài giảng B01.pptx"))
            #expect(saved == bytes)
            let again = try await fixture.ttbd("me", "materials", "--download", target)
            #expect(again.standardOutput.contains("is already there"), "\(again.text)")
            #expect(again.standardOutput.hasSuffix("0 files downloaded."), "\(again.text)")
            #expect(try await fixture.ttbd("me", "materials", target).status == 64, "a folder without --download")

            let missing = try await CommandLineTool.run(
                [
                    "materials", "add", "--code", "BG-B02", "--title", "Không có", "--kind", "slides", "--file",
                    "\(folder.path)/none.pdf", "--modules", "B01",
                ], environment: fixture.world.environment.merging(store) { $1 })
            #expect(missing.status == 65, "\(missing.text)")
        }
    }

    @Test("a catalog import keeps the catalog's material files in the store, under their SHA-256")
    func catalogFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let imported = try await CommandLineTool.run(
                ["catalog", "import", EnrollCommandWorld.catalog],
                environment: ["DATABASE_URL": database.url, "TTBD_MATERIALS_DIR": folder.path])
            #expect(imported.status == 0, "\(imported.text)")
            let sha256 = "7f4f4b962861ac190ab7a2da4c8ac096e1fd7a3a401c4897a3bc235b55233159"
            let kept = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/7f/\(sha256)"))
            let original = try Data(
                contentsOf: URL(fileURLWithPath: "\(EnrollCommandWorld.catalog)/reference/curriculum_catalog.csv"))
            #expect(kept == original)
        }
    }
}
