import Foundation
import Testing
import TrainingImport
import TrainingModel

/// Problems of the files themselves: material files and their checksums, sittings, paths and encodings.
extension CatalogValidationTests {
    @Test("a material file must exist beside the catalog and have a well-formed SHA-256")
    func materialFile() {
        let found = problems([
            (
                "/nonexistent/materials.yaml",
                """
                materials:
                  - {code: SO-TAY, title: Sổ tay, kind: handbook, file: so-tay.pdf, sha256: ABC}
                  - {code: LINK, title: Liên kết, kind: link}
                """
            )
        ])
        #expect(
            found == [
                "/nonexistent/materials.yaml:2:57: material file 'so-tay.pdf' does not exist (it is read relative to /nonexistent)",
                "/nonexistent/materials.yaml:2:77: 'sha256' should be 64 lowercase hexadecimal digits, found 'ABC'",
                "/nonexistent/materials.yaml:3:5: a material needs 'url' or 'file' (with its 'sha256')",
            ])
    }

    @Test("a material file whose bytes do not match its SHA-256 is refused, naming both checksums")
    func materialChecksum() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Sổ tay đại biểu\n".utf8).write(to: folder.appendingPathComponent("so-tay.txt"))
        let written = String(repeating: "0", count: 64)
        let file = folder.appendingPathComponent("materials.yaml").path
        let found = problems([
            (
                file,
                "materials:\n  - {code: SO-TAY, title: Sổ tay, kind: handbook, file: so-tay.txt, sha256: \"\(written)\"}\n"
            )
        ])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(file):2:77: material file 'so-tay.txt' has SHA-256 ") == true)
        #expect(found.first?.contains("not the \(written) written here") == true)
    }

    @Test("two sittings of one body that overlap are a typo in a date")
    func overlappingSittings() {
        let found = problems([
            ("reference.yaml", Self.reference),
            (
                "sittings.yaml",
                """
                sittings:
                  - {body: national_assembly, name: Giữa năm, starts: 2026-05-20, ends: 2026-06-30}
                  - {body: national_assembly, name: Cuối năm, starts: 2026-06-20, ends: 2026-07-30}
                  - {body: province_council, province: "01", name: HĐND, starts: 2026-06-20, ends: 2026-06-22}
                  - {body: district_council, name: Huyện, starts: 2026-08-01, ends: 2026-08-02}
                """
            ),
        ])
        #expect(
            found == [
                "sittings.yaml:3:5: sitting 'Cuối năm' starts on 2026-06-20, before 'Giữa năm' of the same body ends on 2026-06-30",
                "sittings.yaml:5:12: 'district_council' is not a valid body for a sitting; expected 'national_assembly' or 'province_council'",
            ])
    }

    @Test("a missing path, a folder without catalog files and a file that is not UTF-8 are reported")
    func unreadableFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("terms.yaml")
        // "é" in Latin-1: one byte 0xE9, which UTF-8 never has alone.
        try Data(Array("terms: [] # caf".utf8) + [0xE9, 0x0A]).write(to: latin1)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

        #expect(throws: InputError.self) { try CatalogReader().read([folder.path + "/missing.yaml", empty.path]) }
        do {
            _ = try CatalogReader().read([folder.path + "/missing.yaml", empty.path])
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(folder.path)/missing.yaml:1:1: no such file or folder",
                    "\(empty.path):1:1: the folder holds no catalog file (*.yaml or *.yml)",
                ])
        }
        do {
            _ = try CatalogReader().read([folder.path])
            Issue.record("a file that is not UTF-8 was read")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(folder.path)/terms.yaml:1:1: the file is not UTF-8 text; save it as UTF-8"
                ])
        }
    }

    @Test("a field written twice in one entry is reported at its first occurrence")
    func duplicateKey() {
        let found = problems([
            (
                "terms.yaml",
                """
                terms:
                  - code: 2026-2031
                    starts: 2026-03-15
                    starts: 2026-03-16
                    ends: 2031-03-14
                """
            )
        ])
        #expect(found == ["terms.yaml:3:5: duplicate key 'starts' in one mapping; each field may appear once"])
    }
}
