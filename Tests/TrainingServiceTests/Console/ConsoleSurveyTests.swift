import Foundation
import Spreadsheets
import Testing
import TrainingModel

@testable import TrainingService

/// The console's survey pages on ``SurveyServiceWorld``: the figures are the store's, a withheld group shows none,
/// and only staff see them.
@Suite("The console's survey reports")
struct ConsoleSurveyTests {
    @Test("staff see every survey with its rounds, answers and response rate, linked from the menu")
    func list() async throws {
        try await SurveyServiceWorld.with { world, client in
            let browser = ConsoleVisitor(client)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/surveys")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<a href="/surveys" aria-current="page">Khảo sát</a>"#))
            let all = try await world.report("DG", by: .all)
            let rate = VietnameseNumber.percent(Double(all.respondents) / Double(all.eligible))
            #expect(
                page.text.contains(
                    #"<tr><td><a href="/surveys/DG">DG</a></td><td>Phiếu đánh giá kết thúc lớp</td><td>Sau mỗi lớp</td><td class="number">3</td><td class="number">0</td><td class="number">15</td><td class="number">\#(rate)</td></tr>"#
                ), "\(page.text)")
            #expect(page.text.contains(#"<td>Khảo sát nhu cầu</td>"#))
        }
    }

    @Test("a report by class shows the store's mean and distribution with bars, and the classes withheld with none")
    func reportByClass() async throws {
        try await SurveyServiceWorld.with { world, client in
            let browser = ConsoleVisitor(client)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/surveys/DG?by=class").text
            let report = try await world.report("DG", by: .class)
            #expect(report.groups.map { "\($0.key) \($0.suppressed)" } == ["K4 true", "K5 false", "K6 false"])
            let mean = try #require(report.groups[2].questions.first { $0.code == "noi-dung" }?.mean)
            #expect(VietnameseNumber.text((mean * 100).rounded() / 100) == "4,17")
            #expect(page.contains("Số câu trả lời: 6 · Điểm trung bình: 4,17 / 5"))
            // "vua" four times of six: a bar two thirds long, its numbers beside it.
            #expect(
                page.contains(
                    #"<tr><th scope="row">Vừa đủ</th><td class="number">4</td><td class="number">66,7%</td><td class="bar-cell"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="67" height="10"></rect></svg></td></tr>"#
                ), "\(page)")
            #expect(page.contains("<li>góp ý K6-1</li>"))
            #expect(page.contains(#"<option value="class" selected>Theo lớp</option>"#))
            // K4 is under five: its section holds the reason and no figure at all.
            let section = try #require(Self.section(#"id="nhom-1""#, of: page))
            #expect(section.hasPrefix(#"id="nhom-1">K4</h2>"#))
            #expect(section.contains("ẩn: ít hơn 5 câu trả lời, hoặc cần ẩn để không lộ một nhóm nhỏ hơn"))
            #expect(!section.contains("<table") && !section.contains("trên") && !section.contains("<li>"))
            #expect(page.contains("<li>góp ý K5-1</li>"))
            #expect(!page.contains("bí mật"))
        }
    }

    @Test("the report and the demand download as the command line's CSV with the byte-order mark and as workbooks")
    func downloads() async throws {
        try await SurveyServiceWorld.with { _, client in
            let browser = ConsoleVisitor(client)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/surveys/DG?by=class").text
            #expect(page.contains(#"href="/surveys/DG?by=class&amp;format=xlsx""#))
            let csv = try await browser.get("/surveys/DG?by=class&format=csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"khao-sat-DG-theo-class.csv\"")
            let lines = csv.text.split(separator: "\n").map(String.init)
            #expect(lines.first == "\u{FEFF}group,label,eligible,respondents,response_rate,question,answer,value")
            #expect(lines.contains("K6,K6,,,,noi-dung,điểm trung bình,4.17"), "\(csv.text)")
            #expect(lines.contains { $0.hasPrefix("K4,K4,4,4,") && $0.contains("ẩn: ít hơn 5 câu trả lời") })
            #expect(!csv.text.contains("bí mật") && csv.text.contains("góp ý K5-1"))
            let workbook = try await browser.get("/surveys/DG?by=module&format=xlsx")
            #expect(workbook.headers[.contentDisposition] == "attachment; filename=\"khao-sat-DG-theo-module.xlsx\"")
            let sheet = try XLSXReader.sheet(nil, of: Data(buffer: workbook.body), file: "khao-sat.xlsx")
            #expect(sheet.rows.first?.cells[1] == "Kết quả khảo sát DG – Theo chuyên đề")
            #expect(sheet.rows.contains { $0.cells[1] == "Nhóm" && $0.cells[8] == "Số lượng" })
            #expect(sheet.rows.contains { $0.cells[1] == "B01" && $0.cells[7] == "Vừa đủ" })
            let demand = try await browser.get("/surveys/NC/demand?format=csv")
            #expect(demand.text.hasPrefix("\u{FEFF}topic,topic_title,province,province_name,month,count\n"))
            #expect(demand.text.contains("B01,Tình hình kinh tế - xã hội,01,Thành phố Hà Nội,2026-06,4\n"))
            let demandBook = try await browser.get("/surveys/NC/demand?format=xlsx")
            #expect(XLSXReader.isWorkbook(Data(buffer: demandBook.body)))
            #expect(try await browser.get("/surveys/DG?format=pdf").status == .badRequest)
        }
    }

    @Test(
        "a needs survey's demand is a table of topic, province and month, shaded by quarter, the small provinces withheld"
    )
    func demand() async throws {
        try await SurveyServiceWorld.with { _, client in
            let browser = ConsoleVisitor(client)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            #expect(try await browser.get("/surveys/NC").text.contains(#"<a href="/surveys/NC/demand">"#))
            let page = try await browser.get("/surveys/NC/demand")
            #expect(page.status == .ok)
            #expect(
                page.text.contains(
                    #"<tr><th scope="row">Tình hình kinh tế - xã hội <span class="code">(B01)</span></th><td>Thành phố Hà Nội</td><td class="number heat-3">4</td><td class="number heat-1">2</td><td class="number">6</td></tr>"#
                ), "\(page.text)")
            #expect(page.text.contains(#"<td class="number heat-2">3</td><td class="number heat-0">0</td>"#))
            #expect(page.text.contains("tổng 9 lượt chọn"))
            #expect(
                page.text.contains("<li>Thành phố Hải Phòng</li>")
                    && page.text.contains("<li>Thành phố Hồ Chí Minh</li>"))
            #expect(try await browser.get("/surveys/DG/demand").status == .notFound)
        }
    }

    @Test("a lecturer is refused the pages and the downloads, and has no menu item; an unknown survey is a 404 page")
    func refused() async throws {
        try await SurveyServiceWorld.with { _, client in
            let lecturer = ConsoleVisitor(client)
            #expect(try await lecturer.signIn("hoa", ConsoleWorld.password).status == .seeOther)
            #expect(!(try await lecturer.get("/").text.contains(#"href="/surveys""#)))
            for path in ["/surveys", "/surveys/DG?by=class", "/surveys/DG?format=csv", "/surveys/NC/demand"] {
                let page = try await lecturer.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(!page.text.contains("góp ý") && !page.text.contains("Vừa đủ"))
            }
            let staff = ConsoleVisitor(client)
            _ = try await staff.signIn("sam", ConsoleWorld.password)
            let unknown = try await staff.get("/surveys/KHONG-CO")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test("the report is worded in English when the person chose it, with the same figures")
    func english() async throws {
        try await SurveyServiceWorld.with { _, client in
            let browser = ConsoleVisitor(client)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            _ = try await browser.get("/language?to=en&back=/surveys/DG")
            let page = try await browser.get("/surveys/DG?by=class").text
            #expect(page.contains("Answers: 6 · Mean: 4,17 / 5"))
            #expect(page.contains("withheld: fewer than 5 answers, or needed to keep a smaller group hidden"))
        }
    }

    /// The text of the `<section>` whose heading has `marker`, up to its end.
    static func section(_ marker: String, of page: String) -> String? {
        guard let start = page.range(of: marker),
            let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex)
        else { return nil }
        return String(page[start.lowerBound..<end.lowerBound])
    }
}
