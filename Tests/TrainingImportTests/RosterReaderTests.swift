import Foundation
import Testing
import TrainingImport
import TrainingModel

@Suite("Reading a delegate roster")
struct RosterReaderTests {
    let reference = RosterReference(
        provinces: ["01", "79"], communeProvinces: ["00004": "01", "26734": "79"], terms: ["2026-2031"])

    func read(_ text: String) throws -> Roster {
        try RosterReader(file: "roster.csv", reference: reference).read(Data(text.utf8))
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch let error as InputError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    static let english = """
        code,full_name,gender,birth_date,national_id,phone,email,body,province_code,commune_code,term,first_time,full_time,position
        001,Nguyễn Văn An,nam,1975-04-30,001075000123,0912 345 678,an@hanoi.gov.vn,commune_council,01,00004,2026-2031,x,,Chủ tịch HĐND
        HCM-17,Trần Thị Ánh,nữ,02/09/1980,,,,province_council,79,,2026-2031,0,1,

        """

    @Test("reads every column, keeps leading zeros, and reads booleans, dates and bodies in all their spellings")
    func readsEnglish() throws {
        let roster = try read(Self.english)
        #expect(roster.rows.map(\.line) == [2, 3])
        let an = roster.rows[0].delegate
        #expect(an.code == "001")
        #expect(an.birthDate == CalendarDate(year: 1975, month: 4, day: 30))
        #expect(an.nationalID == "001075000123")
        #expect(an.phone == "0912345678")
        #expect(an.body == .communeCouncil && an.provinceCode == "01" && an.communeCode == "00004")
        #expect(an.firstTime && !an.fullTime)
        let anh = roster.rows[1].delegate
        #expect(anh.gender == .female)
        #expect(anh.birthDate == CalendarDate(year: 1980, month: 9, day: 2))
        #expect(anh.body == .provinceCouncil && anh.fullTime && !anh.firstTime)
        #expect(anh.position == nil)
    }

    @Test("the Vietnamese header, a BOM, CRLF, semicolons and NFD text give the same delegates")
    func variantsAgree() throws {
        let vietnameseHeader =
            "Mã đại biểu;Họ và tên;Giới tính;Ngày sinh;Số CCCD;Điện thoại;Email;Cơ quan dân cử;Mã tỉnh;Mã xã;Nhiệm kỳ;Lần đầu;Chuyên trách;Chức vụ"
        let rows = Self.english.split(separator: "\n").dropFirst().map { line in
            line.replacingOccurrences(of: ",", with: ";")
                .replacingOccurrences(of: "commune_council", with: "HĐND xã")
                .replacingOccurrences(of: "province_council", with: "HĐND tỉnh")
        }
        let text = ([vietnameseHeader] + rows).joined(separator: "\r\n").decomposedStringWithCanonicalMapping + "\r\n"
        let variant = try RosterReader(file: "roster.csv", reference: reference)
            .read(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(variant.rows.map(\.delegate) == (try read(Self.english)).rows.map(\.delegate))
    }

    @Test("extra columns are ignored with a warning that names them")
    func extraColumn() throws {
        let roster = try read(
            "code,full_name,body,province_code,term,ghi chú\n7,Lê Văn Bình,province_council,01,2026-2031,x\n")
        #expect(roster.rows.count == 1)
        #expect(
            roster.warnings.map(\.description) == [
                "roster.csv:1:40: warning: column 'ghi chú' is not a roster column; ignored"
            ])
    }

    @Test("a missing required column is one error on the header")
    func missingColumns() {
        #expect(
            problems("code,full_name\n1,An\n") == [
                "roster.csv:1:1: the header lacks body (Cơ quan dân cử), term (Nhiệm kỳ); expected at least code, full_name, body and term"
            ])
    }

    @Test("every bad value is reported at its line and column, all in one run")
    func badValues() {
        let text = """
            code,full_name,gender,birth_date,national_id,email,body,province_code,commune_code,term,first_time
            1,Phạm Văn Cường,robot,1980-02-30,12345,not-an-email,senate,99,00004,2021-2026,maybe
            2,,nam,1980-01-01,,,commune_council,79,00004,2026-2031,
            3 3,Đỗ Thị Hoa,nữ,,,,commune_council,,,2026-2031,
            """
        let found = problems(text)
        #expect(found.contains("roster.csv:2:18: gender 'robot' is not valid; expected nam, nữ, male, female or other"))
        #expect(
            found.contains(
                "roster.csv:2:24: birth_date '1980-02-30' is not valid; expected a date as YYYY-MM-DD or dd/mm/yyyy that exists"
            ))
        #expect(found.contains("roster.csv:2:35: national_id '12345' is not valid; expected 12 digits"))
        #expect(found.contains { $0.hasPrefix("roster.csv:2:41: email 'not-an-email' is not valid") })
        #expect(found.contains { $0.hasPrefix("roster.csv:2:54: body 'senate' is not valid") })
        #expect(found.contains { $0.hasPrefix("roster.csv:2:61: province_code '99' is not valid") })
        #expect(found.contains { $0.hasPrefix("roster.csv:2:70: term '2021-2026' is not in the catalog") })
        #expect(found.contains { $0.hasPrefix("roster.csv:2:80: first_time 'maybe' is not valid") })
        #expect(found.contains("roster.csv:3:3: the full name is empty; expected the delegate's name"))
        #expect(found.contains("roster.csv:3:40: commune 00004 belongs to province 01, not 79"))
        #expect(found.contains("roster.csv:4:1: code '3 3' has characters other than letters, digits, . _ / -"))
        #expect(found.contains("roster.csv:4:38: a commune_council delegate needs a province_code"))
        #expect(found.contains("roster.csv:4:39: a commune_council delegate needs a commune_code"))
    }

    @Test("a duplicate code or national id names both lines")
    func duplicates() {
        let text = """
            code,full_name,national_id,body,term
            A1,Ngô Văn Nam,001080000001,national_assembly,2026-2031
            A2,Ngô Thị Lan,001080000001,national_assembly,2026-2031
            A1,Hồ Văn Sơn,,national_assembly,2026-2031
            """
        #expect(
            problems(text) == [
                "roster.csv:3:16: national_id 001080000001 is already on line 2; expected each person once",
                "roster.csv:4:1: code A1 is already on line 2; expected each delegate once",
            ])
    }

    @Test("a row with too many fields says how many the header has")
    func wrongFieldCount() {
        #expect(
            problems("code,full_name,body,term\n1,Lý Văn Long,national_assembly,2026-2031,extra\n") == [
                "roster.csv:2:1: the row has 5 fields but the header has 4; expected one field per column (quote fields that contain ,)"
            ])
    }
}

@Suite("Roster field formats")
struct RosterFieldFormatTests {
    @Test(
        "e-mail addresses",
        arguments: [
            ("an@hanoi.gov.vn", true), ("a.b@c.vn", true), ("@x.vn", false), ("a@b", false), ("a@b.", false),
            ("a b@c.vn", false), ("a@@b.vn", false), ("a@.vn", false), ("a@b..vn", false),
        ])
    func email(text: String, valid: Bool) {
        let reference = RosterReference(provinces: [], communeProvinces: [:], terms: ["2026-2031"])
        let roster = "code,full_name,email,body,term\n1,Lý Văn Long,\(text),national_assembly,2026-2031\n"
        let accepted = (try? RosterReader(file: "r.csv", reference: reference).read(Data(roster.utf8))) != nil
        #expect(accepted == valid)
    }
}
