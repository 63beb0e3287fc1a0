import Foundation
import Testing
import TrainingImport
import TrainingModel

/// The fixture follows the CSV branch of Moodle's report/completion/index.php: `ID` and `Name`, the identity
/// fields the site shows (here Email address and ID number), each activity criterion as its name and
/// `<name> - Completion date`, the other criteria by title, and `Course complete` last; dates as the English
/// `strftimedatetimeshort` (`%d/%m/%y, %H:%M`) writes them.
@Suite("Reading Moodle's course completion report")
struct MoodleCompletionReaderTests {
    static let header =
        "ID,Name,Email address,ID number,Bài kiểm tra cuối chuyên đề,"
        + "Bài kiểm tra cuối chuyên đề - Completion date,Self completion,Course complete\n"

    func read(_ text: String) throws -> MoodleCompletionReport {
        try MoodleCompletionReader(file: "completion.csv").read(Data(text.utf8))
    }

    /// 14:30 in Hà Nội on a day, as an instant.
    func vietnam(_ day: String, hour: Int, minute: Int) -> Date {
        CalendarDate(parsing: day)!.midnightInVietnam.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    @Test("reads each user by ID number, with the course completion date in Vietnam time or none")
    func reads() throws {
        let report = try read(
            Self.header
                + "12,Nguyễn Văn An,an@example.vn,HN01,Completed,\"05/05/26, 14:30\",\"05/05/26, 14:31\",\"05/05/26, 14:31\"\n"
                + "13,Trần Thị Ánh,anh@example.vn,HN02,Not completed,,,\n")
        #expect(report.problems.isEmpty)
        #expect(report.rows.map(\.user) == ["HN01", "HN02"])
        #expect(report.rows.allSatisfy { $0.identity == .idNumber })
        #expect(report.rows[0].completedAt == vietnam("2026-05-05", hour: 14, minute: 31))
        #expect(report.rows[0].name == "Nguyễn Văn An")
        #expect(report.rows[1].completedAt == nil)
        #expect(report.rows[0].userColumn == 32)
    }

    @Test("reads the Excel download (a byte-order mark) and the Vietnamese language pack's date format")
    func excelAndVietnameseDates() throws {
        let report = try read(
            "\u{FEFF}ID,Name,Username,Course complete\n7,Lê Văn Bình,hn03,05/05/2026 09:05\n")
        #expect(report.rows.first?.identity == .username)
        #expect(report.rows.first?.completedAt == vietnam("2026-05-05", hour: 9, minute: 5))
    }

    @Test("without ID number it names users by e-mail address")
    func byEmail() throws {
        let report = try read("ID,Name,Email address,Course complete\n7,Lê Văn Bình,binh@example.vn,\n")
        #expect(report.rows.first?.identity == .email)
        #expect(report.rows.first?.user == "binh@example.vn")
    }

    @Test("reports a bad date, an empty or repeated user and a short row at their line and column")
    func badRows() throws {
        let report = try read(
            Self.header
                + "12,Nguyễn Văn An,an@example.vn,HN01,Completed,,,yesterday\n"
                + "13,Trần Thị Ánh,anh@example.vn,,Completed,,,\n"
                + "14,Lê Văn Bình,binh@example.vn,HN01,Completed,,,\n"
                + "15,Phạm Minh Đức,duc@example.vn,HN04\n"
                + "16,Hoàng Văn Dũng,dung@example.vn,HN05,Completed,,,\"31/02/26, 10:00\"\n")
        #expect(report.rows.isEmpty)
        #expect(
            report.problems.map(\.description) == [
                "completion.csv:2:49: 'yesterday' is not a completion date; expected Moodle's DD/MM/YY, HH:MM such as "
                    + "05/03/26, 14:30 (or DD/MM/YYYY HH:MM), or nothing when the course is not complete",
                "completion.csv:3:32: ID number is empty; expected who the row is",
                "completion.csv:4:32: HN01 is already on line 2; expected each user once",
                "completion.csv:5:1: the row has 4 fields but the header has 8; expected one field per column "
                    + "(quote fields that contain ,)",
                "completion.csv:6:52: '31/02/26, 10:00' is not a completion date; expected Moodle's DD/MM/YY, HH:MM "
                    + "such as 05/03/26, 14:30 (or DD/MM/YYYY HH:MM), or nothing when the course is not complete",
            ])
    }

    @Test("a file without a column naming the user is refused at its header")
    func noIdentity() {
        #expect {
            try read("ID,Name,Course complete\n12,Nguyễn Văn An,\"05/05/26, 14:31\"\n")
        } throws: { error in
            (error as? InputError)?.diagnostics.map(\.description) == [
                "completion.csv:1:1: the header has no column naming the user; expected Moodle's course completion "
                    + "report with ID number, Username or Email address among the user identity fields"
            ]
        }
    }
}
