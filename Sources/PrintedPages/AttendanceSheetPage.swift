import TrainingStore

/// The attendance sheet of a session as a standalone HTML page to print on A4: the session's particulars,
/// then one numbered line per delegate with an empty column to sign (Ký tên). The table's header repeats on
/// every printed page; every text from the database is escaped.
public struct AttendanceSheetPage: Sendable {
    public var session: SessionHeader
    public var delegates: [SheetDelegate]

    public init(session: SessionHeader, delegates: [SheetDelegate]) {
        self.session = session
        self.delegates = delegates
    }

    /// The page's own style, inline so that the file prints alone; the console allows it by its hash.
    public static let style = """
            @page { size: A4; margin: 15mm 12mm; }
            body { font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", "Liberation Serif", serif; font-size: 12pt; color: #000; }
            h1 { font-size: 15pt; text-align: center; margin: 0 0 8pt; }
            table.heading { width: 100%; margin-bottom: 12pt; }
            table.heading td { width: 50%; text-align: center; vertical-align: top; font-size: 12pt; }
            .motto { font-weight: bold; }
            .motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
            td.name { white-space: nowrap; }
            table.particulars td { padding: 1pt 8pt 1pt 0; vertical-align: top; }
            table.particulars td:first-child { font-weight: bold; white-space: nowrap; }
            table.roster { width: 100%; border-collapse: collapse; margin-top: 10pt; }
            table.roster thead { display: table-header-group; }
            table.roster tr { break-inside: avoid; page-break-inside: avoid; }
            table.roster th, table.roster td { border: 1px solid #000; padding: 4pt 5pt; text-align: left; }
            table.roster td.number { text-align: right; width: 2.5em; }
            table.roster td.signature { width: 28%; height: 2.2em; }
        """

    public func render() -> String {
        let date = session.date.split(separator: "-").reversed().joined(separator: "/")
        let particulars: [(String, String)] = [
            ("Lớp", session.classCode + " – nhóm " + session.cohortCode),
            ("Chuyên đề", session.moduleCode + ". " + session.moduleTitle),
            ("Thời gian", "Buổi \(session.halfDay.vietnamese) ngày \(date), \(session.starts)–\(session.ends)"),
            ("Phòng", [session.roomName, session.venueName].compactMap { $0 }.joined(separator: ", ")),
            ("Giảng viên", session.lecturers.joined(separator: ", ")),
        ]
        let rows = delegates.enumerated().map { index, delegate in
            "<tr><td class=\"number\">\(index + 1)</td><td>\(HTMLPage.escape(delegate.code))</td>"
                + "<td class=\"name\">\(HTMLPage.escape(delegate.fullName))</td>"
                + "<td>\(HTMLPage.escape(delegate.position ?? ""))</td>"
                + "<td>\(HTMLPage.escape(delegate.provinceName ?? ""))</td><td>\(HTMLPage.escape(delegate.bodyName))</td>"
                + "<td class=\"signature\"></td></tr>"
        }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>Danh sách điểm danh – \(HTMLPage.escape(session.classCode)) – \(HTMLPage.escape(session.moduleCode)) – \(date)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <table class="heading"><tr>
            <td>\(HTMLPage.escape(session.programTitle.uppercased()))<br>Lớp \(HTMLPage.escape(session.classCode))</td>
            <td class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><span>Độc lập - Tự do - Hạnh phúc</span></td>
            </tr></table>
            <h1>DANH SÁCH ĐIỂM DANH</h1>
            <table class="particulars">
            \(particulars.map { "<tr><td>\($0.0)</td><td>\(HTMLPage.escape($0.1))</td></tr>" }.joined(separator: "\n"))
            </table>
            <table class="roster">
            <thead><tr><th>STT</th><th>Mã đại biểu</th><th>Họ và tên</th><th>Chức vụ</th><th>Tỉnh, thành phố</th><th>Cơ quan dân cử</th><th>Ký tên</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            <p>Tổng số: \(delegates.count) đại biểu.</p>
            </body>
            </html>

            """
    }
}
