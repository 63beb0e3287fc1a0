import Foundation
import HummingbirdTesting
import PostgresNIO
import Spreadsheets
import TestSupport
import Testing
import TrainingService

/// Issue 16, Nhập dữ liệu: an admin uploads a roster or a resource sheet, sees its dry run, and only then applies
/// that very file; a file with a mistake shows the mistake's line or cell and writes nothing.
@Suite("Console imports")
struct ConsoleImportTests {
    static let header = "code,full_name,body,province_code,commune_code,term\n"

    static func roster(_ rows: String...) -> ConsoleVisitor.Upload {
        .init(field: "file", name: "danh-sách.csv", contents: Data((header + rows.joined(separator: "\n") + "\n").utf8))
    }

    @Test("an admin's roster upload lists each field that would change and writes nothing until it is applied")
    func dryRunThenApply() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("ada", ConsoleWorld.password)
            #expect(try await browser.get("/imports").status == .ok)
            let before = try await Self.delegates(world)
            let review = try await browser.upload(
                "/imports", [("kind", "roster")],
                file: Self.roster(
                    "0101,Nguyễn Văn Ân,commune_council,01,00004,2026-2031",
                    "T900,Trần Thị Bình,commune_council,01,00004,2026-2031"))
            #expect(review.status == .ok, "\(review.text)")
            #expect(review.text.contains("danh-sách.csv"))
            #expect(review.text.contains("Nếu nhập tệp này: 1 mới, 1 thay đổi, 0 không đổi"), "\(review.text)")
            #expect(
                review.text.contains(
                    "<td>2</td><td>0101</td><td>Họ và tên</td><td>Nguyễn Văn An</td><td>Nguyễn Văn Ân</td>"),
                "\(review.text)")
            #expect(try await Self.delegates(world) == before, "a dry run writes nothing")

            let action = try #require(review.text.firstMatch(of: /action="(\/imports\/[0-9a-f-]{36})"/)).1
            let applied = try await browser.post(String(action), [])
            #expect(applied.status == .ok && applied.text.contains("Đã nhập: 1 mới, 1 thay đổi"), "\(applied.text)")
            #expect(try await Self.delegates(world) == before + 1)
            #expect(try await Self.name(of: "0101", world) == "Nguyễn Văn Ân")
            #expect(try await Self.auditActors(world).contains("account:ada"))
            #expect(try await browser.post(String(action), []).status == .notFound, "an upload is applied once")
            #expect(try await Self.uploads(world) == 0)
        }
    }

    @Test("a roster with a mistake answers 422 with the mistake's line, writes nothing and keeps nothing")
    func mistakeShowsItsLine() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("ada", ConsoleWorld.password)
            _ = try await browser.get("/imports")
            let before = try await Self.delegates(world)
            let review = try await browser.upload(
                "/imports", [("kind", "roster")],
                file: Self.roster(
                    "T900,Trần Thị Bình,commune_council,01,00004,2026-2031",
                    "T901,Lê Văn Cường,commune_council,99,00004,2026-2031"))
            #expect(review.status == .unprocessableContent)
            #expect(review.text.contains("dòng 3, ký tự 35"), "\(review.text)")
            #expect(review.text.contains("không hợp lệ; cần một trong 34 mã tỉnh, như 01"), "the problem in Vietnamese")
            #expect(!review.text.contains("action=\"/imports/"), "no button applies a file with mistakes")
            #expect(try await Self.delegates(world) == before)
            #expect(try await Self.uploads(world) == 0)
        }
    }

    @Test("a workbook's mistake is shown in its cell, and a venues sheet is imported as the CLI does")
    func workbookAndVenues() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("ada", ConsoleWorld.password)
            _ = try await browser.get("/imports")
            let sheet = Worksheet(
                header: ["code", "name", "province"],
                rows: [
                    [.text("HN9"), .text("Hội trường Ba Đình"), .text("01")], [.text("X"), .text(""), .text("01")],
                ])
            let workbook = try XLSXWriter.workbook(sheet, sheetName: "Địa điểm", modified: ServiceWorld.now)
            let bad = try await browser.upload(
                "/imports", [("kind", "venues")], file: .init(field: "file", name: "dia-diem.xlsx", contents: workbook))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("ô B3 (trang Địa điểm)"), "\(bad.text)")
            #expect(bad.text.contains("name để trống; cần tên địa điểm"), "the problem in Vietnamese: \(bad.text)")

            let good = try await browser.upload(
                "/imports", [("kind", "venues")],
                file: .init(
                    field: "file", name: "venues.csv",
                    contents: Data("code,name,province\nHN9,Hội trường Ba Đình,01\n".utf8)))
            #expect(good.text.contains("Nếu nhập tệp này: 1 mới"), "\(good.text)")
            let action = try #require(good.text.firstMatch(of: /action="(\/imports\/[0-9a-f-]{36})"/)).1
            #expect(try await browser.post(String(action), []).text.contains("Đã nhập: 1 mới"))
            let venues = try await world.database.client.query(
                "SELECT count(*)::int FROM venues WHERE code = 'HN9'", logger: TestCluster.logger
            ).collect().first!.decode(Int.self)
            #expect(venues == 1)
        }
    }

    @Test("staff and lecturers cannot import (403) and see no Nhập dữ liệu in the menu")
    func adminsOnly() async throws {
        try await ConsoleWorld.with { world, browser in
            for username in ["sam", "lan"] {
                _ = try await browser.signIn(username, ConsoleWorld.password)
                #expect(!(try await browser.get("/").text.contains("/imports")))
                #expect(try await browser.get("/imports").status == .forbidden)
                let refused = try await browser.upload(
                    "/imports", [("kind", "roster")],
                    file: Self.roster("T900,Trần Thị Bình,commune_council,01,00004,2026-2031"))
                #expect(refused.status == .forbidden)
                _ = try await browser.post("/sign-out", [])
            }
            #expect(try await Self.uploads(world) == 0)
        }
    }

    @Test("an upload without the session's form token, or with a forged one, is refused and kept nowhere")
    func uploadNeedsItsToken() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("ada", ConsoleWorld.password)
            _ = try await browser.get("/imports")
            for token in [ConsoleVisitor.FormToken.none, .forged(browser.otherToken)] {
                let answer = try await browser.upload(
                    "/imports", [("kind", "roster")],
                    file: Self.roster("T900,Trần Thị Bình,commune_council,01,00004,2026-2031"), token: token)
                #expect(answer.status == .forbidden)
            }
            #expect(try await Self.uploads(world) == 0)
        }
    }

    static func delegates(_ world: ServiceWorld) async throws -> Int {
        try await count("SELECT count(*)::int FROM delegates", world)
    }

    static func uploads(_ world: ServiceWorld) async throws -> Int {
        try await count("SELECT count(*)::int FROM console_uploads", world)
    }

    static func name(of code: String, _ world: ServiceWorld) async throws -> String? {
        try await world.database.client.query(
            "SELECT full_name FROM delegates WHERE code = \(code)", logger: TestCluster.logger
        ).collect().first?.decode(String.self)
    }

    static func auditActors(_ world: ServiceWorld) async throws -> [String] {
        try await world.database.client.query(
            "SELECT DISTINCT actor FROM audit_log WHERE table_name = 'delegates'", logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
    }

    private static func count(_ sql: PostgresQuery, _ world: ServiceWorld) async throws -> Int {
        try await world.database.client.query(sql, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }
}
