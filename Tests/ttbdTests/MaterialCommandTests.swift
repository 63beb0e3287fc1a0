import Foundation
import TestSupport
import Testing

@Suite("ttbd materials on the command line")
struct MaterialCommandTests {
    /// A handbook link for B01 and B02, slides for B03, and a file for B02; a second class B-HN-02 teaches
    /// only B02, with QH01 enrolled in it.
    func addMaterials(_ fixture: AttendanceFixture) async throws {
        try await fixture.execute(
            """
            INSERT INTO classes (code, curriculum_code, online, capacity, starts_on, ends_on)
            VALUES ('B-HN-02', 'CT-B', true, 30, '2026-06-01', '2026-06-05')
            """,
            "INSERT INTO class_modules (class_id, module_code) SELECT id, 'B02' FROM classes WHERE code = 'B-HN-02'")
        try await fixture.enroll(["QH01"], in: "B-HN-02", cohort: nil)
        let file = try fixture.write("abc", as: "so-tay.txt")
        for arguments in [
            [
                "--code", "TL-01", "--title", "Sổ tay đại biểu HĐND", "--kind", "handbook", "--url",
                "https://example.vn/so-tay", "--modules", "B01,B02",
            ],
            [
                "--code", "TL-03", "--title", "Bài giảng B03", "--kind", "slides", "--url", "https://example.vn/b03",
                "--modules", "B03",
            ],
            ["--code", "TL-02", "--title", "Sổ tay (bản in)", "--kind", "file", "--file", file, "--modules", "B02"],
        ] {
            let added = try await CommandLineTool.run(
                ["materials", "add"] + arguments, environment: fixture.environment)
            #expect(added.status == 0, "\(added.text)")
        }
    }

    /// `class/module/code` of each row of a CSV list.
    func rows(_ fixture: AttendanceFixture, _ filter: String...) async throws -> [String] {
        let output = try await CommandLineTool.run(
            ["materials", "list", "--format", "csv"] + filter, environment: fixture.environment)
        #expect(output.status == 0, "\(output.text)")
        return output.standardOutput.split(separator: "\n").dropFirst().map {
            let fields = $0.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count == 7 ? "\(fields[0])/\(fields[1])/\(fields[2])" : "\(fields[0])/\(fields[1])"
        }
    }

    @Test("a file's SHA-256 is computed; lists by module, class and delegate show the modules' materials")
    func addAndList() async throws {
        try await AttendanceFixture.with { fixture in
            try await addMaterials(fixture)
            #expect(
                try await fixture.strings("SELECT sha256 FROM materials WHERE code = 'TL-02'") == [
                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                ])
            #expect(try await rows(fixture, "--module", "B02") == ["B02/TL-01", "B02/TL-02"])
            #expect(
                try await rows(fixture, "--class", "B-HN-01") == [
                    "B-HN-01/B01/TL-01", "B-HN-01/B02/TL-01", "B-HN-01/B02/TL-02", "B-HN-01/B03/TL-03",
                ])
            #expect(try await rows(fixture, "--delegate", "QH01") == ["B-HN-02/B02/TL-01", "B-HN-02/B02/TL-02"])
            #expect(try await rows(fixture, "--delegate", "HN01").count == 4)
            #expect(try await rows(fixture).count == 4)
            let table = try await fixture.ttbd("materials", "list", "--module", "B03")
            #expect(
                table.standardOutput.hasSuffix(
                    "B03     TL-03  Bài giảng B03  slides  https://example.vn/b03\n1 material"))
        }
    }

    @Test("an unknown module or a code already taken is refused by name, and nothing changes")
    func refusals() async throws {
        try await AttendanceFixture.with { fixture in
            try await addMaterials(fixture)
            let before = try await fixture.digest()
            let unknown = try await fixture.ttbd(
                "materials", "add", "--code", "TL-09", "--title", "X", "--kind", "link", "--url", "https://x.vn",
                "--modules", "B01,B09")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.hasPrefix("no module has the code B09"))
            let taken = try await fixture.ttbd(
                "materials", "add", "--code", "TL-01", "--title", "X", "--kind", "link", "--url", "https://x.vn",
                "--modules", "B01")
            #expect(taken.status == 65)
            #expect(taken.standardError.hasPrefix("a material with the code TL-01 already exists"))
            let both = try await fixture.ttbd(
                "materials", "add", "--code", "TL-09", "--title", "X", "--kind", "link", "--url", "https://x.vn",
                "--file", "/etc/hostname", "--modules", "B01")
            #expect(both.status == 64)
            #expect(try await fixture.ttbd("materials", "list", "--class", "B-HN-99").status == 65)
            #expect(try await fixture.digest() == before)
        }
    }
}
